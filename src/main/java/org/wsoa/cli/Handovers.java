package org.wsoa.cli;

import java.util.HashMap;
import java.util.Map;
import org.wsoa.init.Handover;
import org.wsoa.model.ActionStatus;
import org.wsoa.model.Dated;
import org.wsoa.model.KpiActual;
import org.wsoa.resolve.ActionState;
import org.wsoa.resolve.KpiState;
import org.wsoa.resolve.ResolvedPlan;

/** What a plan that is ending hands on, read from its resolved progress, for the writers in {@code init}. */
final class Handovers {

    private Handovers() {
    }

    /** The plan as at its reporting point: each action's status and latest revised due date, each KPI's latest actual. */
    static Handover of(ResolvedPlan plan, String name) {
        Map<String, ActionStatus> statuses = new HashMap<>();
        Map<String, Dated> revised = new HashMap<>();
        plan.actions().forEach(action -> {
            ActionState state = plan.progress().action(action);
            if (state != null && state.status() != null) {
                statuses.put(action.id(), state.status());
            }
            if (state != null && state.revisedDue() != null && state.revisedDue().date() != null) {
                revised.put(action.id(), state.revisedDue().date());
            }
        });
        Map<String, KpiActual> latest = new HashMap<>();
        plan.kpis().forEach(kpi -> {
            KpiState state = plan.progress().kpi(kpi);
            if (state != null && state.latest() != null) {
                latest.put(kpi.id(), state.latest());
            }
        });
        return new Handover(plan.plan(), name, plan.progress().asOf(), statuses, revised, latest);
    }
}
