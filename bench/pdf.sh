#!/usr/bin/env bash
# The PDF of the largest example plan: wsoa (JVM start included) against WeasyPrint rendering the
# HTML that wsoa build wrote, run by run in turn (bench/alternate.py), so that a busy machine slows
# both alike; medians of wall clock and processor time; then each one's peak memory (maximum
# resident set size, from GNU time), the median of MEMORY_RUNS runs of each (default 5). Targets (issue 16): wsoa at most a quarter of WeasyPrint's
# time, and no more memory.
#   bench/pdf.sh [PLAN]        RUNS=N to change the number of timed runs of each (default 10)
# Needs weasyprint and time (Debian packages of those names) and python3.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
plan="${1:-plans/bcp-wsoa-2021}"
name="$(basename "$plan")"
out=target/bench-pdf
mkdir -p "$out"
for tool in weasyprint /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench/pdf.sh needs $tool" >&2; exit 2; }
done
./wsoa build "$plan" -o "$out" --format html --name "$name" >/dev/null   # builds the jar if needed, and the HTML for WeasyPrint
bench/alternate.py --json target/bench-pdf.json "${RUNS:-10}" \
  "weasyprint=weasyprint $out/$name.html $out/$name-weasyprint.pdf" \
  "wsoa build --format pdf=./wsoa build $plan -o $out --format pdf"
# Peak memory varies by a few MB run to run (when the collector runs): the median of MEMORY_RUNS
# runs of each (default 5), alternated.
rss() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ {print int($2/1024)}'; }
median() { sort -n | awk '{a[NR]=$1} END {printf "%d\n", (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
wsoa_runs=() weasy_runs=()
for _ in $(seq "${MEMORY_RUNS:-5}"); do
  wsoa_runs+=("$(rss ./wsoa build "$plan" -o "$out" --format pdf)")
  weasy_runs+=("$(rss weasyprint "$out/$name.html" "$out/$name-weasyprint.pdf")")
done
echo "peak memory, each run (MB): wsoa ${wsoa_runs[*]}; weasyprint ${weasy_runs[*]}"
wsoa_mb=$(printf '%s\n' "${wsoa_runs[@]}" | median)
weasy_mb=$(printf '%s\n' "${weasy_runs[@]}" | median)
WSOA_MB=$wsoa_mb WEASY_MB=$weasy_mb python3 - <<'PY'
import json, os
r = json.load(open("target/bench-pdf.json"))["results"]
wsoa, weasy = r["wsoa build --format pdf"], r["weasyprint"]
print(f"median wsoa build --format pdf: {wsoa['wall']*1000:.0f} ms, cpu {wsoa['cpu']*1000:.0f} ms (peak {os.environ['WSOA_MB']} MB)")
print(f"median weasyprint:              {weasy['wall']*1000:.0f} ms, cpu {weasy['cpu']*1000:.0f} ms (peak {os.environ['WEASY_MB']} MB)")
print(f"wsoa / weasyprint: {wsoa['wall']/weasy['wall']:.2f} (cpu {wsoa['cpu']/weasy['cpu']:.2f})")
PY
