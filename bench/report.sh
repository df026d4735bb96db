#!/usr/bin/env bash
# Time to write the progress report, against the JVM's own start-up, in one hyperfine run (the
# machines are noisy: only figures from one run compare): BCP with its three progress files, and a
# generated plan of 1,000 actions with 24 progress files (bench/generate-plan.py). Target: the
# generated plan's report within 2 s after JVM start.
#   bench/report.sh [FORMAT]    (default html; md, json or pdf)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }
format="${1:-html}"
./wsoa --version >/dev/null   # builds the jar and its class-data archive if needed
large=target/bench-report-plan
python3 bench/generate-plan.py "$large" 1000 --progress 24 >/dev/null
out=target/bench-report
# A PDF of 1,000 actions is about 200 pages: more than the launcher's default heap of 192 MB.
large_opts=""
[ "$format" = pdf ] && large_opts="WSOA_JAVA_OPTS=-Xmx1g "
hyperfine --warmup 2 --runs 15 --export-json target/bench-report.json \
  -n "jvm start" "./wsoa --version" \
  -n "report bcp" "./wsoa report plans/bcp-wsoa-2021 -o $out --format $format" \
  -n "report 1,000 actions, 24 files" "${large_opts}./wsoa report $large -o $out --format $format" >/dev/null
python3 - <<'PY'
import json, statistics
r = json.load(open("target/bench-report.json"))["results"]
base = statistics.median(r[0]["times"])
print(f"median jvm start: {base*1000:.0f} ms")
for x in r[1:]:
    m = statistics.median(x["times"])
    print(f"median {x['command']}: {m*1000:.0f} ms, after JVM start {(m-base)*1000:.0f} ms")
PY
