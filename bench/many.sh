#!/usr/bin/env bash
# Many plans in one run: COPIES copies of a plan (each with its own output-name), validated and then
# built to HTML and PDF by one `./wsoa build` (two plans at a time, in one JVM); prints the wall-clock
# time, the processor time (user + system) and the peak memory of each, from GNU time. Target: 150
# copies of BCP built in under 2 minutes on a 2-core machine; on a loaded machine the processor time
# says what an idle one would give (wall clock >= processor time / 2).
#   bench/many.sh [COPIES] [PLAN]     default: 150 copies of plans/bcp-wsoa-2021
# Needs GNU time (/usr/bin/time) and python3.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
copies="${1:-150}"
plan="${2:-plans/bcp-wsoa-2021}"
[ -x /usr/bin/time ] || { echo "bench/many.sh needs GNU time (apt-get install time)" >&2; exit 2; }
./wsoa --version >/dev/null   # builds the jar and its class-data archive if needed
work=target/bench-many
rm -rf "$work"
mkdir -p "$work/plans"
dirs=()
for i in $(seq -w 1 "$copies"); do
  cp -r "$plan" "$work/plans/p$i"
  # Each copy its own name (two plans with one name stop the build).
  python3 - "$work/plans/p$i/plan.yaml" "p$i" <<'PY'
import re, sys
path, name = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
text, n = re.subn(r"(?m)^output-name:.*$", f"output-name: {name}", text)
if n == 0:
    text = f"output-name: {name}\n" + text
open(path, "w", encoding="utf-8").write(text)
PY
  dirs+=("$work/plans/p$i")
done
measure() {   # LABEL COMMAND...: one line of figures
  local label=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  read -r wall user sys rss <"$work/time"
  printf '%-40s %8.1f s %8.1f s %6d MB\n' "$label" "$wall" "$(echo "$user + $sys" | bc)" "$((rss / 1024))"
}
echo "load average (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) processors"
printf '%-40s %10s %10s %9s\n' "" "wall clock" "processor" "peak"
measure "validate $copies copies of $(basename "$plan")" ./wsoa validate "${dirs[@]}"
measure "build $copies copies (HTML and PDF)" ./wsoa build "${dirs[@]}" -o "$work/out"
ls "$work/out" | grep -c '\.pdf$' | xargs -I{} echo "PDFs written: {}"
