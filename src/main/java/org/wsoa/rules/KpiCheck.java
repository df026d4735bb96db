package org.wsoa.rules;

import java.time.LocalDate;
import org.wsoa.calendar.BritishDates;
import org.wsoa.diagnostic.Severity;
import org.wsoa.model.Direction;
import org.wsoa.model.Kpi;
import org.wsoa.resolve.ResolvedPlan;

/**
 * Every KPI can show progress: it has a baseline and a target (value and date), the target moves
 * the stated way, it is due inside the plan period, and someone owns it.
 */
final class KpiCheck extends AbstractRule {

    KpiCheck() {
        super("kpi", Severity.ERROR, "Every KPI has a baseline, a target that moves the stated way inside the"
                + " plan period, and an owner.");
    }

    @Override
    public void check(ResolvedPlan plan, Findings findings) {
        LocalDate end = plan.periodEnd();
        plan.kpis().forEach(kpi -> check(plan, kpi, end, findings));
    }

    private void check(ResolvedPlan plan, Kpi kpi, LocalDate end, Findings findings) {
        String name = "KPI " + kpi.id();
        if (kpi.baseline() == null) {
            findings.report(kpi.at(), kpi.id(), name + " has no baseline",
                    "add `baseline: {value: ..., date: YYYY-MM-DD}`: progress is measured from it");
        }
        if (kpi.target() == null) {
            findings.report(kpi.at(), kpi.id(), name + " has no target",
                    "add `target: {value: ..., date: YYYY-MM-DD}`");
        }
        if (kpi.owner() == null) {
            findings.report(Severity.WARNING, kpi.at(), kpi.id(), name + " has no owner",
                    "add `owner:` with the ID of the person who reports it");
        }
        if (kpi.baseline() == null || kpi.target() == null || kpi.baseline().value() == null
                || kpi.target().value() == null || kpi.direction() == null) {
            return;
        }
        int change = kpi.target().value().compareTo(kpi.baseline().value());
        boolean improves = kpi.direction() == Direction.UP ? change > 0 : change < 0;
        if (!improves) {
            String way = kpi.direction() == Direction.UP ? "up" : "down";
            findings.report(kpi.target().at(), kpi.id(), name + " should go " + way + ", but its target ("
                    + kpi.target().value().toPlainString() + ") is " + (change == 0 ? "the same as" : change > 0 ? "above"
                    : "below") + " its baseline (" + kpi.baseline().value().toPlainString() + ")",
                    "correct the target, or `direction:` (up or down: which way is better)");
        }
        if (kpi.baseline().date() == null || kpi.target().date() == null) {
            return;
        }
        LocalDate target = kpi.target().date().date();
        if (!target.isAfter(kpi.baseline().date().date())) {
            findings.report(kpi.target().date().at(), kpi.id(), name + "'s target date ("
                    + BritishDates.format(target) + ") is not after its baseline date ("
                    + BritishDates.format(kpi.baseline().date().date()) + ")", null);
        } else if (end != null && target.isAfter(end)) {
            findings.report(kpi.target().date().at(), kpi.id(), name + "'s target date ("
                    + BritishDates.format(target) + ") is after the end of "
                    + plan.describePeriod(),
                    "set a target the plan can reach before it ends");
        }
    }
}
