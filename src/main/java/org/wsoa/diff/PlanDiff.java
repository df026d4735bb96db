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
 * @param plan     the plan's own fields that changed: its dates, version, status, contact, sign-offs,
 *                 risk matrix and funding streams
 * @param organisations the organisations added, removed or changed
 * @param people   the people added, removed or changed
 * @param boards   the boards added, removed or changed
 * @param bodies   the bodies (without a chair) added, removed or changed
 * @param monitoring the lines of the monitoring schedule added, removed or changed, without IDs
 * @param risks    the risks of the register added, removed or changed
 * @param resources the resource items added, removed or changed
 * @param areas    the areas with any change, in the newer plan's order, then those removed
 */
public record PlanDiff(String from, String to, String title, String areaWord, List<FieldChange> plan,
                       List<ElementChange> organisations, List<ElementChange> people, List<ElementChange> boards,
                       List<ElementChange> bodies, List<ElementChange> monitoring, List<ElementChange> risks,
                       List<ElementChange> resources, List<AreaChange> areas) {
    public PlanDiff {
        plan = List.copyOf(plan);
        organisations = List.copyOf(organisations);
        people = List.copyOf(people);
        boards = List.copyOf(boards);
        bodies = List.copyOf(bodies);
        monitoring = List.copyOf(monitoring);
        risks = List.copyOf(risks);
        resources = List.copyOf(resources);
        areas = List.copyOf(areas);
    }

    /**
     * How many changes: each plan field, organisation, person, board, body, monitoring line, risk, resource,
     * area, action and KPI that changed counts once.
     */
    public int count() {
        return plan.size() + organisations.size() + people.size() + boards.size() + bodies.size() + monitoring.size()
                + risks.size() + resources.size()
                + areas.stream().mapToInt(AreaChange::count).sum();
    }

    /** Whether anyone taking part changed: an organisation, person, board or body. */
    public boolean governanceChanged() {
        return !organisations.isEmpty() || !people.isEmpty() || !boards.isEmpty() || !bodies.isEmpty();
    }

    public boolean isEmpty() {
        return count() == 0;
    }
}
