package org.wsoa.rules;

import org.wsoa.diagnostic.Severity;
import org.wsoa.model.Expectation;
import org.wsoa.resolve.Limits;
import org.wsoa.resolve.ResolvedPlan;
import org.wsoa.model.Weakness;

/** The DfE asks an APP (and a Priority Action Plan) for a limited number of KPIs per weakness. */
final class KpiCountCheck extends AbstractRule {

    KpiCountCheck() {
        super("kpi-count", Severity.WARNING, "An APP or Priority Action Plan has no more KPIs per weakness than"
                + " the limit max-kpis-per-weakness.");
    }

    @Override
    public void check(ResolvedPlan plan, Findings findings) {
        if (plan.kind() == null || !plan.kind().expects(Expectation.LIMITED_KPIS)) {
            return;
        }
        int limit = plan.limits().get(Limits.MAX_KPIS_PER_WEAKNESS);
        for (Weakness weakness : plan.plan().weaknesses()) {
            if (weakness.kpis().size() > limit) {
                findings.report(weakness.kpis().get(limit).at(), weakness.id(), "weakness " + weakness.id() + " has "
                        + weakness.kpis().size() + " KPIs; the DfE asks for a limited number (here at most " + limit + ")",
                        "keep the few KPIs that show progress best, or raise `" + Limits.MAX_KPIS_PER_WEAKNESS + "`");
            }
        }
    }
}
