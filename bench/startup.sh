#!/usr/bin/env bash
# Start-up against the JVM's floor and the peer: `./wsoa --version` against `java -version`
# (target: at most 2 times), and `./wsoa validate` of the largest example plan against yamllint on
# the same directory (target: at most half), all four alternated run by run (bench/alternate.py).
#   bench/startup.sh [RUNS] [PLAN]     default: 30 runs, plans/bcp-wsoa-2021
# Needs yamllint (Debian package) and python3.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-30}"
plan="${2:-plans/bcp-wsoa-2021}"
command -v yamllint >/dev/null || { echo "bench/startup.sh needs yamllint (apt-get install yamllint)" >&2; exit 2; }
./wsoa --version >/dev/null   # builds the jar and its class-data archive if needed
mkdir -p target
bench/alternate.py --json target/bench-startup.json "$runs" \
  "java -version=java -version" \
  "./wsoa --version=./wsoa --version" \
  "yamllint $plan=yamllint $plan" \
  "./wsoa validate $plan=./wsoa validate $plan"
python3 - <<'PY'
import json
r = json.load(open("target/bench-startup.json"))["results"]
names = list(r)
java, version, yaml, validate = (r[n] for n in names)
print(f"wsoa --version / java -version: {version['wall']/java['wall']:.2f} (target <= 2)")
print(f"wsoa validate / yamllint:       {validate['wall']/yaml['wall']:.2f} (target <= 0.5)")
PY
