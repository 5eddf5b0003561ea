#!/usr/bin/env python3
"""Time from process start to the first frame of the dashboard, measured from outside.

Runs `goalboard FILE` in a pseudo-terminal of the given size, as a user's terminal would, and
times from just before the fork until the screen shows MARKER (a string of the first frame, e.g.
the dataset's title), then presses `q` and checks that the process exits. Nothing inside the
program is trusted to report its own time.

    python3 benches/first_frame.py --runs 10 --marker afslut \
        target/release/goalboard target/bench-data/large-seed42.json

Prints one line per run and the median, in milliseconds. The program runs with HOME and the
XDG directories pointed at a fresh temporary folder, so it neither reads the user's config nor
remembers the file as the last one opened.
"""

import argparse
import fcntl
import os
import pty
import select
import shutil
import statistics
import struct
import sys
import tempfile
import termios
import time


def one_run(argv, env, marker, cols, rows, timeout):
    marker = marker.encode()
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(argv[0], argv, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    seen = b""
    first_frame = None
    deadline = start + timeout
    while first_frame is None and time.perf_counter() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 1 << 16)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        if marker in seen:
            first_frame = time.perf_counter() - start
    try:
        os.write(fd, b"q")
    except OSError:
        pass  # it has already exited
    end = time.perf_counter() + 5
    while time.perf_counter() < end:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                os.read(fd, 1 << 16)
            except OSError:
                pass
    else:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
    os.close(fd)
    if first_frame is None:
        tail = seen[-400:].decode("utf-8", "replace")
        sys.exit(f"no first frame with {marker!r} within {timeout} s; last output: {tail!r}")
    return first_frame


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=10)
    p.add_argument("--marker", required=True, help="text that the first frame shows")
    p.add_argument("--cols", type=int, default=200)
    p.add_argument("--rows", type=int, default=60)
    p.add_argument("--timeout", type=float, default=30.0)
    p.add_argument("command", nargs="+", help="program and arguments")
    args = p.parse_args()
    home = tempfile.mkdtemp(prefix="goalboard-first-frame-")
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=home, TERM="xterm-256color", XDG_CONFIG_HOME=f"{home}/config",
               XDG_STATE_HOME=f"{home}/state", XDG_DATA_HOME=f"{home}/data",
               XDG_CACHE_HOME=f"{home}/cache")
    times = []
    for i in range(args.runs):
        t = one_run(args.command, env, args.marker, args.cols, args.rows, args.timeout)
        times.append(t)
        print(f"run {i + 1}: {t * 1000:.1f} ms")
    shutil.rmtree(home, ignore_errors=True)
    print(f"median {statistics.median(times) * 1000:.1f} ms, "
          f"min {min(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms "
          f"({args.runs} runs, {args.cols}x{args.rows})")


if __name__ == "__main__":
    main()
