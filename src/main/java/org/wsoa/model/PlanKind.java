package org.wsoa.model;

/** The kinds of improvement plan that the tool compiles; all share one model. */
public enum PlanKind {
    /** Written Statement of Action, after the 2016 framework's inspection. */
    WSOA("wsoa", "Written Statement of Action"),
    /** Accelerated Progress Plan, after a revisit found insufficient progress. */
    APP("app", "Accelerated Progress Plan"),
    /** Priority Action Plan (area SEND), under the framework in force since January 2023. */
    PRIORITY_ACTION_PLAN("priority-action-plan", "Priority Action Plan");

    private final String code;
    private final String title;

    PlanKind(String code, String title) {
        this.code = code;
        this.title = title;
    }

    /** The value authors write in {@code plan.yaml}. */
    public String code() {
        return code;
    }

    /** The plan's name as it appears in print. */
    public String title() {
        return title;
    }
}
