#!/usr/bin/env bash
# Validation time against plan size: generated plans of 1,000 to 20,000 actions, each validated
# in one hyperfine run with the JVM's own start-up (wsoa --version) beside them, so that the
# figures compare. Growth should be linear; 10,000 actions should take under 2 s after JVM start.
#   bench/validate-large.sh
# Runs ./wsoa as users do (its JVM options and class-data archive). Needs hyperfine and python3.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
jar=target/wsoa.jar
./wsoa --version >/dev/null   # builds the jar and its class-data archive if needed
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }
work=target/bench-plans
mkdir -p "$work"
sizes=(1000 5000 10000 20000)
cmds=(-n "jvm start" "./wsoa --version")
for n in "${sizes[@]}"; do
  python3 bench/generate-plan.py "$work/plan-$n" "$n" >/dev/null
  java -jar "$jar" validate --strict "$work/plan-$n" >/dev/null   # the generated plan must be clean
  cmds+=(-n "$n actions" "./wsoa validate $work/plan-$n")
done
hyperfine --warmup 2 --runs 10 --export-json target/bench-validate.json "${cmds[@]}" >/dev/null
python3 - <<'PY'
import json, statistics
results = json.load(open("target/bench-validate.json"))["results"]
base = statistics.median(results[0]["times"])
print(f"{'plan':>14} {'median':>9} {'after JVM start':>16} {'per 1,000 actions':>18}")
print(f"{'jvm start':>14} {base*1000:8.0f}ms")
for r in results[1:]:
    n = int(r["command"].split()[0])
    m = statistics.median(r["times"])
    print(f"{r['command']:>14} {m*1000:8.0f}ms {(m-base)*1000:15.0f}ms {(m-base)*1e6/n:17.1f}ms")
PY
