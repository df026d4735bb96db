package org.wsoa.rules;

import java.util.List;
import org.wsoa.calendar.BritishDates;
import org.wsoa.diagnostic.Severity;
import org.wsoa.load.PlanFile;
import org.wsoa.model.Frequency;
import org.wsoa.resolve.KpiState;
import org.wsoa.resolve.ReportingPeriod;
import org.wsoa.resolve.ResolvedPlan;

/**
 * Every KPI has an actual for each of its reporting periods that is over, by its frequency: a
 * monthly KPI one for each month since the plan started, and so on.
 */
final class KpiActualsCheck extends AbstractRule {

    /** Beyond this many, the missed periods are counted rather than listed. */
    private static final int LISTED = 3;

    KpiActualsCheck() {
        super("kpi-actuals", Severity.WARNING, "Every KPI has an actual for each reporting period that is over.");
    }

    @Override
    public void check(ResolvedPlan plan, Findings findings) {
        if (!plan.progress().isRecorded() || plan.isUnreadable(PlanFile.PROGRESS)) {
            return;
        }
        plan.kpis().forEach(kpi -> {
            KpiState state = plan.progress().kpi(kpi);
            if (state == null || state.missed().isEmpty()) {
                return;
            }
            List<ReportingPeriod> missed = state.missed();
            String periods = missed.size() <= LISTED
                    ? BritishDates.and(missed.stream().map(ReportingPeriod::label).toList())
                    : missed.size() + " periods that are over, the first " + missed.get(0).label() + " and the latest "
                            + missed.get(missed.size() - 1).label();
            findings.report(kpi.at(), kpi.id(), "KPI " + kpi.id() + " is reported "
                    + Frequency.of(kpi.frequency()).word() + ", but has no actual for " + periods + " (as at "
                    + BritishDates.format(plan.progress().asOf()) + ")",
                    "add each to `kpis:` in a progress file, under `" + kpi.id() + ":` and `actuals:`, dated within its"
                            + " period");
        });
    }
}
