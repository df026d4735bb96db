#!/usr/bin/env bash
# Issue 10's scale: a plan generated at each hostile size (50 MB of Markdown, 20,000 actions, a
# 3,000-deep depends-on chain, 10,000 glossary terms, 500 areas, 2,000 boards, 10,000 milestones)
# is validated and built with ./wsoa as users run it (the launcher's default heap), once each,
# printing the exit code, the time and the peak memory (GNU time's maximum resident set size),
# and the first line wsoa printed: a refusal names the limit and how to raise it.
#   bench/limits.sh            (the table in docs/performance.md)
# Needs python3 and /usr/bin/time.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./wsoa --version >/dev/null   # builds the jar and its class-data archive if needed
work=target/bench-limits
rm -rf "$work"
mkdir -p "$work"
python3 - "$work" <<'PY'
import pathlib, shutil, sys, datetime
work = pathlib.Path(sys.argv[1])
tiny = pathlib.Path("src/test/resources/plans/tiny")
def plan(name):
    d = work / name
    shutil.copytree(tiny, d)
    return d
def actions(d, n, chain=False):
    w = d / "weaknesses/w1.yaml"
    t = w.read_text()
    out = [t[:t.index("actions:\n")], "actions:\n"]
    for i in range(1, n + 1):
        out.append(f"  - id: W1.{i}\n    action: Review the assessment process, step {i}.\n    lead: amorgan\n"
                   "    start: 2022-02-16\n    due: 2022-05-31\n    impact: Families wait less.\n")
        if chain and i > 1:
            out.append(f"    depends-on: [W1.{i-1}]\n")
    w.write_text("".join(out))
d = plan("markdown-50mb")
with open(d / "introduction.md", "w") as f:
    para = "The SEND service will publish its local offer and review it every year. " * 14 + "\n\n"
    for _ in range(50 * 1024 * 1024 // len(para) + 1):
        f.write(para)
actions(plan("actions-20000"), 20000)
actions(plan("chain-3000"), 3000, chain=True)
d = plan("glossary-10000")
(d / "glossary.yaml").write_text("terms:\n" + "".join(f"  - term: T{i:05d}\n    meaning: Term number {i}\n" for i in range(10000)))
d = plan("areas-500")
w1 = (d / "weaknesses/w1.yaml").read_text()
for i in range(2, 501):
    (d / f"weaknesses/w{i}.yaml").write_text(w1.replace("id: W1\n", f"id: W{i}\n").replace("W1.", f"W{i}.")
                                              .replace("id: K1\n", f"id: K{i}\n"))
d = plan("boards-2000")
(d / "governance.yaml").write_text("oversight: b1\nboards:\n" + "".join(
    f"  - id: b{i}\n    name: Board {i}\n    chair: amorgan\n    members: [ecc]\n    meets: monthly\n" for i in range(1, 2001)))
d = plan("milestones-10000")
w = d / "weaknesses/w1.yaml"
points = []
day = datetime.date(2021, 9, 1)
for i in range(10000):
    points.append(f"      - {{value: {33 + i % 27}, date: {day + datetime.timedelta(hours=i * 1.3)}}}\n")
w.write_text(w.read_text().replace("    trajectory:\n      - {value: 45, date: 2022-08-31}\n", "    trajectory:\n" + "".join(points)))
PY
printf '| plan | command | exit | time | peak memory | first line |\n|---|---|---|---|---|---|\n'
for dir in "$work"/*/; do
  name=$(basename "$dir")
  for command in validate build; do
    args=("$command" "$dir")
    [[ $command == build ]] && args+=(-o "$work/out-$name" --wait 0)
    set +e
    /usr/bin/time -v -o "$work/time.txt" ./wsoa "${args[@]}" >"$work/printed.txt" 2>&1
    code=$?
    set -e
    seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")
    peak=$(awk -F': ' '/Maximum resident set size/ {printf "%d MB", $2 / 1024}' "$work/time.txt")
    first=$(grep -v '^\s*$' "$work/printed.txt" | head -1 | sed "s|$PWD/||g; s|$work/||g" | cut -c1-160)
    printf '| %s | %s | %s | %s | %s | %s |\n' "$name" "$command" "$code" "$seconds" "$peak" "$first"
  done
done
