package org.wsoa.diff;

import java.util.List;

/**
 * What changed between two versions of a plan, compared as resolved plans: references by the names
 * they resolve to, dates as the plan works them out (the deadline, the plan period).
 *
 * @param from     the older version as the user named it: a directory, or a git revision
 * @param to       the newer version, likewise
 * @param title    the plan as its readers know it, e.g. "Written Statement of Action: Exampleshire"
 * @param areaWord what the plan calls its areas, plural, e.g. "areas of significant weakness"
 * @param plan     the plan's own fields that changed: its dates, version and status
 * @param boards   the boards added, removed or changed
 * @param areas    the areas with any change, in the newer plan's order, then those removed
 */
public record PlanDiff(String from, String to, String title, String areaWord, List<FieldChange> plan,
                       List<ElementChange> boards, List<AreaChange> areas) {
    public PlanDiff {
        plan = List.copyOf(plan);
        boards = List.copyOf(boards);
        areas = List.copyOf(areas);
    }

    /** How many changes: each plan field, board, area, action and KPI that changed counts once. */
    public int count() {
        return plan.size() + boards.size() + areas.stream().mapToInt(AreaChange::count).sum();
    }

    public boolean isEmpty() {
        return count() == 0;
    }
}
