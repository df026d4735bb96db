#!/usr/bin/env bash
# What --verify adds to a build of the largest example plan: wsoa build against wsoa build --verify
# (both editions, JVM start included), side by side in one hyperfine run, with the ratio of medians.
#   bench/verify.sh [PLAN] [RUNS]
# Needs hyperfine (the Debian package of that name) and python3.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
plan="${1:-plans/bcp-wsoa-2021}"
runs="${2:-5}"
out=target/bench-verify
mkdir -p "$out"
command -v hyperfine >/dev/null || { echo "bench/verify.sh needs hyperfine" >&2; exit 2; }
./wsoa build "$plan" -o "$out/plain" >/dev/null   # builds the jar if needed
hyperfine --warmup 1 --runs "$runs" --export-json target/bench-verify.json \
  -n "wsoa build" "./wsoa build $plan -o $out/plain" \
  -n "wsoa build --verify" "./wsoa build $plan -o $out/verified --verify" >/dev/null
python3 - <<'PY'
import json, statistics
r = json.load(open("target/bench-verify.json"))["results"]
plain, verified = (statistics.median(x["times"]) for x in r)
print(f"median wsoa build:          {plain:.1f} s")
print(f"median wsoa build --verify: {verified:.1f} s")
print(f"--verify adds {verified - plain:.1f} s; build --verify / build: {verified / plain:.2f}")
PY
