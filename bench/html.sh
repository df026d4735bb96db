#!/usr/bin/env bash
# Time to build the HTML of the largest example plan, against the JVM's own start-up, in one
# hyperfine run (the machines are noisy: only figures from one run compare).
#   bench/html.sh [PLAN]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./wsoa --version >/dev/null   # builds the jar and its class-data archive if needed
plan="${1:-plans/bcp-wsoa-2021}"
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }
out=target/bench-html
hyperfine --warmup 3 --runs 20 --export-json target/bench-html.json \
  -n "jvm start" "./wsoa --version" \
  -n "wsoa build $plan --format html" "./wsoa build $plan -o $out --format html" >/dev/null
python3 - <<'PY'
import json, statistics
r = json.load(open("target/bench-html.json"))["results"]
base, full = (statistics.median(x["times"]) for x in r)
print(f"median jvm start: {base*1000:.0f} ms")
print(f"median {r[1]['command']}: {full*1000:.0f} ms")
print(f"after JVM start: {(full-base)*1000:.0f} ms")
PY
