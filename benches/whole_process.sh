#!/usr/bin/env bash
# Whole-process comparisons for docs/performance.md, on the large generated dataset:
# wall time (hyperfine) and peak memory (GNU time) of `goalboard check`, `jq empty` and
# Python's `json.load`, and the time from process start to the dashboard's first frame (in a
# pseudo-terminal, see first_frame.py). Needs: jq, hyperfine, /usr/bin/time (package `time`).
#
#   benches/whole_process.sh            # after `cargo build --release`
set -euo pipefail
cd "$(dirname "$0")/.."

bin=target/release/goalboard
file=target/bench-data/large-seed42.json
if [[ ! -f $file ]]; then
    mkdir -p "$(dirname "$file")"
    cargo run --release --example gen_dataset -- --seed 42 --out "$file"
fi
py_load='import json, sys; json.load(open(sys.argv[1], "rb"))'

echo "== machine"
echo "cpus: $(nproc), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "memory: $(grep MemTotal /proc/meminfo | awk '{printf "%.1f GiB", $2/1048576}')"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "file: $file, $(stat -c %s "$file") bytes"

echo "== wall time"
hyperfine --warmup 1 --runs "${RUNS:-10}" --style basic \
    "$bin check $file" \
    "jq empty $file" \
    "python3 -c '$py_load' $file"

echo "== peak memory (max resident set size)"
peak() { /usr/bin/time -f "%M" "$@" 2>&1 >/dev/null | tail -1; }
printf '%-22s %8s KB\n' "goalboard check" "$(peak "$bin" check "$file")"
printf '%-22s %8s KB\n' "jq empty" "$(peak jq empty "$file")"
printf '%-22s %8s KB\n' "python3 json.load" "$(peak python3 -c "$py_load" "$file")"

echo "== process start to first frame (200x60 pty)"
python3 benches/first_frame.py --runs "${RUNS:-10}" --marker afslut "$bin" "$file"
python3 benches/first_frame.py --runs "${RUNS:-10}" --marker afslut "$bin"

echo "== dashboard peak memory on the large file"
out=$(mktemp)
python3 benches/first_frame.py --runs 1 --marker afslut -- /usr/bin/time -o "$out" -f "%M" "$bin" "$file" >/dev/null
printf '%-22s %8s KB\n' "goalboard (dashboard)" "$(tail -1 "$out")"
rm -f "$out"
