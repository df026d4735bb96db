package org.wsoa.init;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.wsoa.model.Action;
import org.wsoa.model.ActionStatus;
import org.wsoa.model.Dated;
import org.wsoa.model.KpiActual;
import org.wsoa.model.Plan;
import org.wsoa.model.Weakness;

/**
 * What the next plan takes from the plan before it, as that plan stood at its latest progress file.
 *
 * @param before     the plan as agreed
 * @param name       the plan directory's name, for the comments of the new files
 * @param asOf       the date of the latest progress file, or null when the plan has none
 * @param statuses   the status of each action as at {@code asOf}, by the action's ID (none for an action
 *                   that no progress file has reported)
 * @param revisedDue the latest revised due date of each action whose date moved, by the action's ID
 * @param latest     the latest actual of each KPI that has one, by the KPI's ID
 */
public record Handover(Plan before, String name, LocalDate asOf, Map<String, ActionStatus> statuses,
                       Map<String, Dated> revisedDue, Map<String, KpiActual> latest) {

    public Handover {
        statuses = Map.copyOf(statuses);
        revisedDue = Map.copyOf(revisedDue);
        latest = Map.copyOf(latest);
    }

    /** The actions of {@code weakness} that are not complete as at {@code asOf}, in plan order. */
    public List<Action> outstanding(Weakness weakness) {
        return weakness.actions().stream().filter(a -> !status(a).isComplete()).toList();
    }

    /** The action's status as at {@code asOf}: complete for work done before the plan, not started if none is reported. */
    public ActionStatus status(Action action) {
        return action.doneBeforePlan() ? ActionStatus.COMPLETE
                : statuses.getOrDefault(action.id(), ActionStatus.NOT_STARTED);
    }
}
