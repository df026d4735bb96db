#!/usr/bin/env python3
"""Writes a large, valid plan for benchmarks: wsoa validate must grow linearly with its size.

    bench/generate-plan.py DIR ACTIONS [TERMS] [--progress FILES]

Copies the tiny fixture plan's people and governance, and writes ACTIONS actions spread over
weaknesses of 10 actions each, with dependencies, KPIs and working-day due dates; with TERMS, a
glossary of that many terms, each action using one of them, so that expanding them is measured.
With --progress FILES, it also writes that many progress files, on the 15th and last day of each
month from March 2022: every action reported in every other file until it is done (on track, some
at risk or off track, a few with a due date the DfE moved), and complete with evidence in the
first file after it is due; a monthly actual of every KPI, and every area rated. The plan still
has no errors.
"""
import argparse
import datetime
import pathlib
import shutil

root = pathlib.Path(__file__).resolve().parent.parent
tiny = root / "src/test/resources/plans/tiny"
arguments = argparse.ArgumentParser(description="Writes a large, valid plan for benchmarks.")
arguments.add_argument("dir")
arguments.add_argument("actions", type=int)
arguments.add_argument("terms", type=int, nargs="?", default=0)
arguments.add_argument("--progress", type=int, default=0, metavar="FILES")
given = arguments.parse_args()
out = pathlib.Path(given.dir)
actions = given.actions
progress_files = given.progress
if out.exists():
    shutil.rmtree(out)
shutil.copytree(tiny, out)
(out / "weaknesses/w1.yaml").unlink()
# The plan as agreed: the tiny plan's progress file reports on actions this plan does not have.
shutil.rmtree(out / "progress")
terms = given.terms
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

def progress(count):
    """The progress files: what a SEND team would report twice a month, made up but consistent."""
    dates = []
    month = datetime.date(2022, 3, 1)
    while len(dates) < count:
        dates.append(month.replace(day=15))
        following = (month.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
        dates.append(following - datetime.timedelta(days=1))
        month = following
    dates = dates[:count]
    (out / "progress").mkdir()
    for i, date in enumerate(dates):
        lines = [f"date: {date}", "actions:"]
        number = 0
        for w in range(1, weaknesses + 1):
            for a in range(1, 11):
                number += 1
                if number > actions:
                    break
                due = days[min(len(days) - 1, a * 30)]
                revised = number % 17 == 0
                moved = due + datetime.timedelta(days=61) if revised else due
                done = moved < date and number % 23
                # Reported in every other file until it is done, and once more when it is.
                if done and moved < dates[i - 1] if i else False:
                    continue
                if (number + i) % 2 and not done:
                    continue
                lines.append(f"  W{w}.{a}:")
                if done:
                    lines += ["    status: complete", f"    completed: {moved}",
                              "    update: Done, and checked at the board.",
                              "    evidence:",
                              f"      - {{title: Board minutes, date: {moved}, kind: minutes,"
                              f" link: \"https://example.org/minutes/{moved}\"}}"]
                else:
                    status = "at-risk" if revised or number % 23 == 0 else "off-track" if number % 29 == 0 \
                        else "on-track"
                    lines += [f"    status: {status}", f"    update: Report {i + 1} on action {a} of weakness {w}."]
                if revised and due < date + datetime.timedelta(days=30):
                    agreed = min(date, due)
                    lines += [f"    revised-due: {{date: {moved}, agreed-by: DfE, agreed-on: {agreed},"
                              " reason: A provider asked for more time.}"]
        if date.day != 15:
            lines.append("kpis:")
            for w in range(1, weaknesses + 1):
                value = 30 + (i // 2) * 1.5 - (w % 3)
                lines += [f"  K{w}:", "    actuals:", f"      - {{date: {date}, value: {value:g}}}"]
        lines.append("areas:")
        for w in range(1, weaknesses + 1):
            rating = ["good-progress", "some-progress", "limited-progress", "embedded"][(w + i // 6) % 4]
            lines.append(f"  W{w}: {{rating: {rating}, change: Families in area {w} see the difference.}}")
        (out / f"progress/{date}.yaml").write_text("\n".join(lines) + "\n")
    return len(dates)


files = progress(progress_files) if progress_files else 0
print(f"{out}: {n} actions in {weaknesses} weaknesses, {terms or 2} glossary terms"
      + (f", {files} progress files" if files else ""))
