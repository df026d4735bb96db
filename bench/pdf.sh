#!/usr/bin/env bash
# The PDF of the largest example plan: wsoa (JVM start included) against WeasyPrint rendering the
# HTML that wsoa build wrote, in one hyperfine run; then each one's peak memory (maximum resident
# set size, from GNU time). Target: wsoa at most half WeasyPrint's median, under 300 MB.
#   bench/pdf.sh [PLAN]        RUNS=N to change the number of timed runs of each (default 10)
# Needs hyperfine, weasyprint and time (Debian packages of those names) and python3.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
plan="${1:-plans/bcp-wsoa-2021}"
name="$(basename "$plan")"
out=target/bench-pdf
mkdir -p "$out"
for tool in hyperfine weasyprint /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench/pdf.sh needs $tool" >&2; exit 2; }
done
./wsoa build "$plan" -o "$out" --format html --name "$name" >/dev/null   # builds the jar if needed, and the HTML for WeasyPrint
hyperfine --warmup 2 --runs "${RUNS:-10}" --export-json target/bench-pdf.json \
  -n "wsoa build --format pdf" "./wsoa build $plan -o $out --format pdf" \
  -n "weasyprint" "weasyprint $out/$name.html $out/$name-weasyprint.pdf" >/dev/null
rss() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ {print int($2/1024)}'; }
wsoa_mb=$(rss ./wsoa build "$plan" -o "$out" --format pdf)
weasy_mb=$(rss weasyprint "$out/$name.html" "$out/$name-weasyprint.pdf")
WSOA_MB=$wsoa_mb WEASY_MB=$weasy_mb python3 - <<'PY'
import json, os, statistics
r = json.load(open("target/bench-pdf.json"))["results"]
wsoa, weasy = (statistics.median(x["times"]) for x in r)
print(f"median wsoa build --format pdf: {wsoa*1000:.0f} ms (peak {os.environ['WSOA_MB']} MB)")
print(f"median weasyprint:              {weasy*1000:.0f} ms (peak {os.environ['WEASY_MB']} MB)")
print(f"wsoa / weasyprint: {wsoa/weasy:.2f}")
PY
