package org.wsoa.rules;

import org.wsoa.diagnostic.Severity;
import org.wsoa.model.Expectation;
import org.wsoa.resolve.Limits;
import org.wsoa.resolve.ResolvedPlan;
import org.wsoa.model.Weakness;

/**
 * The DfE asks an APP for "a limited number of key performance indicators" for each weakness (as
 * council reports quote it); the number itself, {@code max-kpis-per-weakness}, is wsoa's guidance.
 * Only kinds whose source asks for it are held to it.
 */
final class KpiCountCheck extends AbstractRule {

    KpiCountCheck() {
        super("kpi-count", Severity.WARNING, "Where the DfE asks for a limited number of KPIs (an APP), no weakness"
                + " has more than wsoa's guidance, max-kpis-per-weakness.");
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
                        + weakness.kpis().size() + " KPIs; the DfE asks " + plan.kind().titleWithArticle()
                        + " for a limited number, and wsoa's guidance is at most " + limit,
                        "keep the few KPIs that show progress best, or raise `" + Limits.MAX_KPIS_PER_WEAKNESS
                                + "` (wsoa's number, not the DfE's) if the DfE agreed more");
            }
        }
    }
}
