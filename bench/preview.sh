#!/usr/bin/env bash
# How long `wsoa preview` takes to serve the new page after a one-line change, in the running
# process: edits one line of a copy of the largest example plan, and times from just before the
# file is written until the server serves a page with the change (the browser's long poll answered,
# then the page fetched), over repeated edits. Also reports the server's own build times.
#   bench/preview.sh [PLAN] [EDITS]     default: plans/bcp-wsoa-2021, 40 edits after 5 to warm up
# Needs python3. The plan is copied into a temporary directory, which is removed afterwards.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./wsoa --version >/dev/null   # builds the jar and its class-data archive if needed
plan="${1:-plans/bcp-wsoa-2021}"
edits="${2:-40}"
work="$(mktemp -d)"
# SIGTERM, not SIGINT: a script's background job starts with SIGINT ignored. Both run the same shutdown hook.
trap 'kill -TERM "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
cp -r "$plan" "$work/plan"
./wsoa preview "$work/plan" --port 0 >"$work/log" 2>&1 &
server=$!
for _ in $(seq 1 300); do
  grep -q '^Serving ' "$work/log" && break
  sleep 0.1
done
address="$(sed -n 's/^Serving .* at \(http:[^ ]*\)$/\1/p' "$work/log")"
[ -n "$address" ] || { cat "$work/log" >&2; echo "bench/preview.sh: the preview did not start" >&2; exit 1; }
python3 - "$address" "$work/plan/weaknesses/w3.yaml" "$edits" "$work/log" <<'PY'
import re, statistics, sys, time, urllib.request

address, file, edits, log = sys.argv[1].rstrip("/"), sys.argv[2], int(sys.argv[3]), sys.argv[4]
line = "    impact: One set of standards that every partner has adopted."

def get(path):
    with urllib.request.urlopen(address + path, timeout=60) as response:
        return response.read().decode("utf-8")

def version(page):
    return re.search(r'data-version="([^"]+)"', page).group(1)

def edit(n):
    text = open(file, encoding="utf-8").read()
    lines = [l for l in text.split("\n")]
    i = next(k for k, l in enumerate(lines) if l.startswith(line))
    lines[i] = f"{line} (edit {n})"
    marker = f"adopted. (edit {n})"
    seen = version(get("/"))
    start = time.perf_counter()
    with open(file, "w", encoding="utf-8") as out:   # as an editor saves: truncate, then write
        out.write("\n".join(lines))
    while True:
        seen = get("/_wsoa/wait?after=" + seen).strip()
        page = get("/")
        if marker in page:
            return (time.perf_counter() - start) * 1000
        seen = version(page)

warm = [edit(n) for n in range(5)]
times = [edit(n) for n in range(5, 5 + edits)]
builds = [int(m) for m in re.findall(r"changed: built in (\d+) ms", open(log).read())][5:]
def show(name, xs):
    xs = sorted(xs)
    print(f"{name}: median {statistics.median(xs):.0f} ms, 90th percentile {xs[int(len(xs) * 0.9) - 1]:.0f} ms,"
          f" min {xs[0]:.0f} ms, max {xs[-1]:.0f} ms ({len(xs)} edits)")
print(f"load average of the machine (1, 5, 15 min): {' '.join(open('/proc/loadavg').read().split()[:3])}")
print(f"first edit after start: {warm[0]:.0f} ms")
show("edit to new page served", times)
show("the server's build (read, validate, render)", builds)
PY
