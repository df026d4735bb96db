#!/usr/bin/env bash
# Every benchmark, one after another, and then the table of goals that docs/performance.md shows
# (issue 16): each figure measured side by side with its reference in the same script's run.
#   bench/all.sh              all of them (about 20 minutes on an idle 2-core machine, the most in
#                             building 150 plans; COPIES=20 RUNS=10 bench/all.sh for a quicker look)
#   bench/all.sh startup pdf  only those named: startup memory pdf many load html validate-large report preview
# Needs hyperfine, yamllint, weasyprint, GNU time and python3 (Debian packages of those names).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
copies="${COPIES:-150}"
all=(startup memory pdf many load html validate-large report preview)
chosen=("$@")
[ ${#chosen[@]} -gt 0 ] || chosen=("${all[@]}")
./wsoa --version >/dev/null   # builds the jar and its class-data archive once, before any timing
mkdir -p target/bench-all
for bench in "${chosen[@]}"; do
  echo "== bench/$bench.sh"
  case $bench in
    many) bench/many.sh "$copies" | tee target/bench-all/many.txt ;;
    pdf) bench/pdf.sh | tee target/bench-all/pdf.txt ;;
    startup | memory) "bench/$bench.sh" "${RUNS:-30}" ;;
    load | html | validate-large | report | preview) "bench/$bench.sh" ;;
    *) echo "bench/all.sh: no benchmark $bench (one of: ${all[*]})" >&2; exit 2 ;;
  esac
  echo
done
echo "== Goals (docs/performance.md)"
python3 - <<'PY'
import json, os, re
rows = []
def load(name):
    path = f"target/{name}"
    return json.load(open(path)) if os.path.exists(path) else None
s = load("bench-startup.json")
if s:
    r = list(s["results"].values())
    rows.append(("wsoa --version / java -version", f"{r[1]['wall']/r[0]['wall']:.2f} (cpu {r[1]['cpu']/r[0]['cpu']:.2f})", "<= 2"))
    rows.append(("wsoa validate BCP / yamllint", f"{r[3]['wall']/r[2]['wall']:.2f} (cpu {r[3]['cpu']/r[2]['cpu']:.2f})", "<= 0.5"))
m = load("bench-memory.json")
if m:
    r = list(m["results"].values())
    rows.append(("validate BCP in -Xmx64m, after JVM start", f"{(r[1]['wall']-r[0]['wall'])*1000:.0f} ms", "runs"))
    rows.append(("validate 10,000 actions in -Xmx128m, after JVM start", f"{(r[2]['wall']-r[0]['wall'])*1000:.0f} ms", "<= 1000 ms"))
if os.path.exists("target/bench-all/pdf.txt"):
    t = open("target/bench-all/pdf.txt").read()
    ratio = re.search(r"wsoa / weasyprint: ([0-9.]+)", t)
    peaks = re.findall(r"peak (\d+) MB", t)
    if ratio:
        rows.append(("BCP PDF: wsoa / WeasyPrint, JVM start included", ratio.group(1), "<= 0.25"))
    if len(peaks) == 2:
        rows.append(("BCP PDF peak memory: wsoa / WeasyPrint", f"{peaks[0]} / {peaks[1]} MB", "wsoa <= WeasyPrint"))
if os.path.exists("target/bench-all/many.txt"):
    for line in open("target/bench-all/many.txt"):
        if line.startswith("build "):
            parts = line.split()
            rows.append((" ".join(parts[:3]) + " (HTML+PDF)", f"{parts[-6]} s wall, {parts[-4]} s cpu", "< 120 s wall"))
width = max(len(r[0]) for r in rows) if rows else 10
print(f"| {'goal':{width}} | measured | target |")
print(f"|{'-'*(width+2)}|---|---|")
for name, got, target in rows:
    print(f"| {name:{width}} | {got} | {target} |")
PY
