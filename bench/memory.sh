#!/usr/bin/env bash
# Memory and the large plan: validating the largest example plan in a 64 MB heap, and a generated
# plan of 10,000 actions in a 128 MB heap (target: within 1 s after JVM start), each beside
# `./wsoa --version` (the JVM's start, same options) alternated run by run (bench/alternate.py);
# then each one's peak resident memory (GNU time), which counts the JVM itself and the mapped
# class-data archive besides the heap.
#   bench/memory.sh [RUNS]     default: 15 runs
# Needs python3 and GNU time.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-15}"
[ -x /usr/bin/time ] || { echo "bench/memory.sh needs GNU time (apt-get install time)" >&2; exit 2; }
./wsoa --version >/dev/null   # builds the jar and its class-data archive if needed
large=target/bench-plans/plan-10000
[ -d "$large" ] || python3 bench/generate-plan.py "$large" 10000 >/dev/null
WSOA_JAVA_OPTS=-Xmx128m ./wsoa validate --strict "$large" >/dev/null   # the generated plan must be clean
bench/alternate.py --json target/bench-memory.json "$runs" \
  "jvm start (./wsoa --version)=./wsoa --version" \
  "validate BCP, -Xmx64m=WSOA_JAVA_OPTS=-Xmx64m ./wsoa validate plans/bcp-wsoa-2021" \
  "validate 10,000 actions, -Xmx128m=WSOA_JAVA_OPTS=-Xmx128m ./wsoa validate $large"
rss() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1 | awk '{print int($1/1024)}'; }
echo "peak resident memory: jvm start $(rss ./wsoa --version) MB;" \
  "BCP in -Xmx64m $(WSOA_JAVA_OPTS=-Xmx64m rss ./wsoa validate plans/bcp-wsoa-2021) MB;" \
  "10,000 actions in -Xmx128m $(WSOA_JAVA_OPTS=-Xmx128m rss ./wsoa validate "$large") MB"
python3 - <<'PY'
import json
r = list(json.load(open("target/bench-memory.json"))["results"].values())
print(f"after JVM start: BCP {(r[1]['wall']-r[0]['wall'])*1000:.0f} ms; 10,000 actions {(r[2]['wall']-r[0]['wall'])*1000:.0f} ms"
      f" (processor {(r[2]['cpu']-r[0]['cpu'])*1000:.0f} ms; target: within 1 s)")
PY
