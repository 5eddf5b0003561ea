#!/usr/bin/env bash
# The issue 14 must-holds measured on the real binary, end to end: `goalboard check DIR` from
# process start to exit, and `goalboard DIR` from process start to its first frame in a
# pseudo-terminal (first_frame.py), on the generated repository of 300 indicators that
# `cargo bench --bench open_sdg` writes (run that first). Needs python3.
#
#   cargo build --release && benches/open_sdg_process.sh
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${BIN:-${CARGO_TARGET_DIR:-target}/release/goalboard}
repo=${REPO:-${TMPDIR:-/tmp}/goalboard-opensdg-300}
runs=${RUNS:-10}
[[ -d $repo/data ]] || { echo "no repository at $repo: run cargo bench --bench open_sdg first" >&2; exit 1; }

echo "== machine"
echo "cpus: $(nproc), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "repository: $repo, $(ls "$repo/data" | wc -l) data files, $(du -sh "$repo" | cut -f1)"

echo "== check DIR, process start to exit ($runs runs)"
python3 - "$bin" "$repo" "$runs" <<'PY'
import statistics, subprocess, sys, time
bin, repo, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
times = []
for i in range(runs):
    start = time.perf_counter()
    done = subprocess.run([bin, "check", repo], stdout=subprocess.DEVNULL)
    times.append(time.perf_counter() - start)
    print(f"run {i + 1}: {times[-1] * 1000:.1f} ms (exit {done.returncode})")
print(f"median {statistics.median(times) * 1000:.1f} ms, min {min(times) * 1000:.1f} ms, "
      f"max {max(times) * 1000:.1f} ms")
PY

echo "== peak memory of check DIR (max resident set size)"
/usr/bin/time -f "%M KB" "$bin" check "$repo" 2>&1 >/dev/null | tail -1

echo "== process start to first frame (200x60 pty)"
python3 benches/first_frame.py --runs "$runs" --marker "Open SDG data" "$bin" "$repo"
