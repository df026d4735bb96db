#!/usr/bin/env bash
# Measures loading and validating the largest example plan against the JVM's own start-up,
# side by side in one hyperfine run (the machines are noisy: only figures from one run compare).
#   bench/load.sh [PLAN]      default: the example plan with the most files
# Needs hyperfine (Debian package `hyperfine`) and the jar (mvn -B -DskipTests package).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
jar=target/wsoa.jar
./wsoa --version >/dev/null   # builds the jar and its class-data archive if needed
plan="${1:-$(for p in plans/*/; do echo "$(find "$p" -type f | wc -l) ${p%/}"; done | sort -rn | head -n 1 | cut -d' ' -f2)}"
command -v hyperfine >/dev/null || { echo "bench/load.sh needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }
echo "plan: $plan ($(find "$plan" -name '*.yaml' | xargs cat | wc -l) lines of YAML)"
hyperfine --warmup 3 --runs 20 --export-json target/bench-load.json \
  -n "jvm start (wsoa --version)" "./wsoa --version" \
  -n "wsoa validate $plan" "./wsoa validate $plan"
python3 - <<'PY'
import json, statistics
r = json.load(open("target/bench-load.json"))["results"]
med = {x["command"]: statistics.median(x["times"]) for x in r}
(base_name, base), (name, full) = list(med.items())
print(f"median {base_name}: {base*1000:.0f} ms")
print(f"median {name}: {full*1000:.0f} ms")
print(f"after JVM start: {(full-base)*1000:.0f} ms (ratio to JVM start alone: {full/base:.2f})")
PY
