package org.wsoa.model;

import java.util.List;

/**
 * One improvement action: what will be done, who leads it, who contributes, by when, and how
 * its impact will be seen.
 *
 * @param lead           the named person who leads it (an ID in {@code people.yaml})
 * @param partners       contributing organisations (IDs)
 * @param dependsOn      actions (IDs) that must be done first
 * @param impact         the measure of impact
 * @param status         its status as at the plan's reporting point: the loader leaves it null (the
 *                       plan as agreed has none), and the resolver fills it in from the progress files
 *                       (see {@code ResolvedPlan.progress()}, which also has its date and history)
 * @param doneBeforePlan work completed while the plan was being written, before its delivery period
 *                       (even before the report was received): {@code due} is the day it was done
 * @param carriedFrom    the ID the action had in the plan before this one (the Written Statement of Action
 *                       that an Accelerated Progress Plan follows), which carries it forward unfinished; null
 *                       for an action new to this plan. It names an action of that plan, not of this one
 */
public record Action(String id, Text action, Ref lead, List<Ref> partners, Dated start, Dated due,
                     List<Ref> dependsOn, Text impact, ActionStatus status, boolean doneBeforePlan, String carriedFrom,
                     SourceRef at)
        implements Located {
    public Action {
        partners = List.copyOf(partners);
        dependsOn = List.copyOf(dependsOn);
    }

    /** The same action with the status it has as at a reporting point. */
    public Action withStatus(ActionStatus newStatus) {
        return new Action(id, action, lead, partners, start, due, dependsOn, impact, newStatus, doneBeforePlan,
                carriedFrom, at);
    }

    /**
     * The status to show: complete for work done before the plan, else as at the reporting point (not
     * started if none is reported).
     */
    public ActionStatus shownStatus() {
        return doneBeforePlan ? ActionStatus.COMPLETE : status == null ? ActionStatus.NOT_STARTED : status;
    }
}
