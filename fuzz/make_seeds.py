#!/usr/bin/env python3
"""Writes the seed corpora of the open_sdg, import and follow targets (docs/robustness.md) from
the test fixtures: run from fuzz/ as `python3 make_seeds.py`."""

import glob
import json
import os

F = "../tests/fixtures/opensdg/"
I = "../tests/fixtures/import/"


def read(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return b""


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def open_sdg():
    # Parts, cut at 0xFE: data CSV, meta .md, config_data.yml, translations en, da, indicator-config.
    seeds = [
        ("starter/data/indicator_1-2-1.csv", "starter/meta/1-2-1.md", "starter/config_data.yml",
         "starter/translations/en/data.yml", "", "starter/indicator-config/1-a-1.yml"),
        ("starter/data/indicator_3-2-1.csv", "starter/meta/3-2-1.yml", "starter/config_data.yml",
         "starter/translations/en/my_site.yml", "", ""),
        ("starter/data/indicator_1-10-1.csv", "", "", "", "", ""),
        ("starter/data/indicator_1-a-1.csv", "", "starter/config_data.yml", "", "",
         "starter/indicator-config/1-a-1.yml"),
        ("csvmeta/data/indicator_8-5-2.csv", "csvmeta/meta/8-5-2.md", "csvmeta/config_data.yml",
         "", "", ""),
        ("csvmeta/data/indicator_5-5-2.csv", "", "csvmeta/config_data.yml", "", "", ""),
        ("danish/data/indicator_1-2-1.csv", "danish/meta/1-2-1.md", "danish/config_data.yml", "",
         "danish/translations/da/data.yml", ""),
        ("german/data/indicator_1-2-1.csv", "german/meta/1-2-1.md", "", "", "", ""),
    ]
    for path in sorted(glob.glob(F + "broken/data/*.csv")):
        meta = "broken/meta/" + os.path.basename(path)[len("indicator_"):-4] + ".md"
        data = path[len(F):]
        seeds.append((data, meta if os.path.exists(F + meta) else "", "", "", "", ""))
    for n, parts in enumerate(seeds):
        chunks = [read(F + p) if p else b"" for p in parts]
        while chunks and not chunks[-1]:
            chunks.pop()
        write(f"corpus/open_sdg/seed{n:02}", b"\xfe".join(chunks))


def imports():
    # The first byte picks the extension (index % 5: csv tsv txt json none) and the decimal mark.
    for name in ["bad.csv", "danish.csv", "sdmx2.csv", "wide.csv", "jsonstat2.json", "statbank.json"]:
        for pick in [0, 8, 0x80] if name.endswith(".csv") else [3]:
            write(f"corpus/import/{name}-{pick}", bytes([pick]) + read(I + name))


def follow():
    def message(seq, position, reloaded=0):
        m = {"version": 1, "seq": seq, "reloaded": reloaded, "presenter": "Anna",
             "dataset": None, "position": position}
        return (json.dumps(m) + "\n").encode()

    positions = [
        {"screen": "overview"},
        {"screen": "goal", "goal": "g3"},
        {"screen": "indicator", "goal": "g3", "indicator": "fleksjob-ledighedsydelse", "row": 2},
        {"screen": "initiative", "initiative": "sprogvurdering", "focus": "initiatives"},
        {"screen": "browser", "row": 5},
        {"screen": "present", "page": 1, "pages": ["g1", "g3"]},
        {"screen": "overview", "query": "hjem"},
        {"screen": "help"},
    ]
    every = b"".join(message(i + 1, p) for i, p in enumerate(positions))
    for step in [1, 7, 200]:
        write(f"corpus/follow/all-{step}", bytes([step]) + every)
    for i, p in enumerate(positions):
        write(f"corpus/follow/one-{i}", bytes([255]) + message(1, p))
    write("corpus/follow/version2",
          b'\x10{"version":2,"seq":1}\n' + message(2, positions[1], reloaded=3))


if __name__ == "__main__":
    open_sdg()
    imports()
    follow()
