#!/usr/bin/env python3
"""Writes a large, valid plan for benchmarks: wsoa validate must grow linearly with its size.

    bench/generate-plan.py DIR ACTIONS [TERMS]

Copies the tiny fixture plan's people and governance, and writes ACTIONS actions spread over
weaknesses of 10 actions each, with dependencies, KPIs and working-day due dates; with TERMS, a
glossary of that many terms, each action using one of them, so that expanding them is measured.
"""
import datetime
import pathlib
import shutil
import sys

root = pathlib.Path(__file__).resolve().parent.parent
tiny = root / "src/test/resources/plans/tiny"
out = pathlib.Path(sys.argv[1])
actions = int(sys.argv[2])
if out.exists():
    shutil.rmtree(out)
shutil.copytree(tiny, out)
(out / "weaknesses/w1.yaml").unlink()
# The plan as agreed: the tiny plan's progress file reports on actions this plan does not have.
shutil.rmtree(out / "progress")
terms = int(sys.argv[3]) if len(sys.argv) > 3 else 0
# Lift the limit on actions per lead (the fixture has two leads), and the bounds on wsoa's work that
# a plan this size goes beyond: a real plan is far inside them, so the plan must say it means it.
raised = {"max-actions-per-lead": actions, "max-actions": actions, "max-weaknesses": (actions + 9) // 10,
          "max-kpis": (actions + 9) // 10, "max-milestones": (actions + 9) // 10,
          "max-glossary-terms": terms}
lines = "".join(f"\n    {name}: {value}" for name, value in raised.items() if name != "max-actions-per-lead" and value > 0)
plan = (out / "plan.yaml").read_text().replace("max-actions-per-lead: 8", f"max-actions-per-lead: {actions}{lines}")
(out / "plan.yaml").write_text(plan)

start = datetime.date(2022, 2, 16)
# Working days of 2022 and 2023 in the plan period, avoiding bank holidays.
holidays = {datetime.date(2022, 4, 15), datetime.date(2022, 4, 18), datetime.date(2022, 5, 2),
            datetime.date(2022, 6, 2), datetime.date(2022, 6, 3), datetime.date(2022, 8, 29),
            datetime.date(2022, 9, 19), datetime.date(2022, 12, 26), datetime.date(2022, 12, 27),
            datetime.date(2023, 1, 2), datetime.date(2023, 4, 7), datetime.date(2023, 4, 10),
            datetime.date(2023, 5, 1), datetime.date(2023, 5, 8), datetime.date(2023, 5, 29)}
days = []
day = start
while day <= datetime.date(2023, 8, 31):
    if day.weekday() < 5 and day not in holidays:
        days.append(day)
    day += datetime.timedelta(days=1)

weaknesses = (actions + 9) // 10
n = 0
for w in range(1, weaknesses + 1):
    lines = [f"id: W{w}", f"title: Weakness {w}", "finding: The inspectors found this weakness.",
             "intent: Families see the difference.", "success-criteria:", f"  - id: W{w}.SC1",
             "    text: Families say things have improved.", "kpis:", f"  - id: K{w}",
             f"    name: Measure {w}", "    unit: \"%\"", "    direction: up",
             "    baseline: {value: 30, date: 2021-08-31}", "    target: {value: 60, date: 2023-03-31}",
             "    owner: amorgan", "qualitative-evidence:", "  - Parent carer forum survey.", "actions:"]
    for a in range(1, 11):
        if n == actions:
            break
        n += 1
        due = days[min(len(days) - 1, a * 30)]
        uses = f" with T{n % terms + 1}" if terms else ""
        lines += [f"  - id: W{w}.{a}", f"    action: Action {a} of weakness {w}{uses}.",
                  f"    lead: {'amorgan' if a % 2 else 'bpatel'}", "    partners: [ecc, icb]",
                  f"    start: {start}", f"    due: {due}", "    impact: It makes a difference."]
        if a > 1:
            lines.append(f"    depends-on: [W{w}.{a - 1}]")
    (out / f"weaknesses/w{w}.yaml").write_text("\n".join(lines) + "\n")
if terms:
    glossary = ["terms:"]
    for t in range(1, terms + 1):
        glossary += [f"  - term: T{t}", f"    meaning: Term number {t}"]
    (out / "glossary.yaml").write_text("\n".join(glossary) + "\n")
print(f"{out}: {n} actions in {weaknesses} weaknesses, {terms or 2} glossary terms")
