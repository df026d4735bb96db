package org.wsoa.model;

import java.util.List;

/**
 * One improvement action as agreed: what will be done, who leads it, who contributes, by when, and
 * how its impact will be seen. Its progress (status, completion, revised due dates) is not part of
 * the plan as agreed: it is in the progress files, and {@code ResolvedPlan.progress()} gives it as at
 * a reporting point.
 *
 * @param lead           the named person who leads it (an ID in {@code people.yaml})
 * @param partners       contributing organisations (IDs)
 * @param dependsOn      actions (IDs) that must be done first
 * @param impact         the measure of impact
 * @param doneBeforePlan work completed while the plan was being written, before its delivery period
 *                       (even before the report was received): {@code due} is the day it was done
 * @param carriedFrom    the ID the action had in the plan before this one (the Written Statement of Action
 *                       that an Accelerated Progress Plan follows), which carries it forward unfinished; null
 *                       for an action new to this plan. It names an action of that plan, not of this one
 * @param recurrence     for a recurring action ({@code recurs:} and {@code until:}), its cadence and end; null
 *                       for a one-off action. A recurring action's {@code due} is its {@code until}
 */
public record Action(String id, Text action, Ref lead, List<Ref> partners, Dated start, Dated due,
                     List<Ref> dependsOn, Text impact, boolean doneBeforePlan, String carriedFrom,
                     Recurrence recurrence, SourceRef at)
        implements Located {
    public Action {
        partners = List.copyOf(partners);
        dependsOn = List.copyOf(dependsOn);
    }

    /** Whether the action recurs ({@code recurs:}) rather than being done once by its due date. */
    public boolean recurs() {
        return recurrence != null && recurrence.recurs();
    }
}
