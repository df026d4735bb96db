package org.wsoa.diff;

import java.util.List;

/**
 * What changed in one area of weakness (or area for priority action): the area itself, if it was
 * added, removed or retitled, and its actions and KPIs.
 *
 * @param kind    ADDED or REMOVED for the area as a whole, CHANGED if its own fields differ, or
 *                null when only its actions or KPIs changed
 * @param fields  its own fields that differ (the title), or its title when added or removed
 */
public record AreaChange(String id, String title, ChangeKind kind, List<FieldChange> fields,
                         List<ElementChange> actions, List<ElementChange> kpis) {
    public AreaChange {
        fields = List.copyOf(fields);
        actions = List.copyOf(actions);
        kpis = List.copyOf(kpis);
    }

    /** How many changes it holds: the area's own, if any, and each action's and KPI's. */
    public int count() {
        return (kind == null ? 0 : 1) + actions.size() + kpis.size();
    }
}
