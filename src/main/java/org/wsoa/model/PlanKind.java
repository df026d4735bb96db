package org.wsoa.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of improvement plan that the tool compiles; all share one model. Each kind carries
 * what differs between them, so that rules, templates and the skeleton ask the kind, never which
 * kind it is: the framework, who sets the deadline, whether it follows a revisit, what it calls
 * its areas, its title in print and what the DfE expects of its content.
 */
public enum PlanKind {
    /** Written Statement of Action, after the 2016 framework's inspection. */
    WSOA("wsoa", "Written Statement of Action", Framework.LOCAL_AREA_SEND_2016, DeadlineSetter.REGULATIONS,
            false, AreaTerm.SIGNIFICANT_WEAKNESS, EnumSet.noneOf(Expectation.class)),
    /** Accelerated Progress Plan, after a revisit found insufficient progress. */
    APP("app", "Accelerated Progress Plan", Framework.LOCAL_AREA_SEND_2016, DeadlineSetter.DFE,
            true, AreaTerm.SIGNIFICANT_WEAKNESS, EnumSet.allOf(Expectation.class)),
    /** Priority Action Plan (area SEND), under the framework in force since January 2023. */
    PRIORITY_ACTION_PLAN("priority-action-plan", "Priority Action Plan", Framework.AREA_SEND_2023,
            DeadlineSetter.REGULATIONS, false, AreaTerm.PRIORITY_ACTION, EnumSet.allOf(Expectation.class));

    private final String code;
    private final String title;
    private final Framework framework;
    private final DeadlineSetter deadlineSetter;
    private final boolean followsRevisit;
    private final AreaTerm areas;
    private final Set<Expectation> expectations;

    PlanKind(String code, String title, Framework framework, DeadlineSetter deadlineSetter, boolean followsRevisit,
             AreaTerm areas, Set<Expectation> expectations) {
        this.code = code;
        this.title = title;
        this.framework = framework;
        this.deadlineSetter = deadlineSetter;
        this.followsRevisit = followsRevisit;
        this.areas = areas;
        this.expectations = Set.copyOf(expectations);
    }

    /** The value authors write in {@code plan.yaml}. */
    public String code() {
        return code;
    }

    /** The plan's name as it appears in print. */
    public String title() {
        return title;
    }

    /** The inspection framework under which such a plan is written. */
    public Framework framework() {
        return framework;
    }

    /** Who sets the submission date: the regulations' count, or the DfE. */
    public DeadlineSetter deadlineSetter() {
        return deadlineSetter;
    }

    /**
     * Whether the plan answers a revisit (the APP): then it covers only the areas the revisit judged
     * not sufficiently improved, and its clock starts at the revisit's report.
     */
    public boolean followsRevisit() {
        return followsRevisit;
    }

    /** What the plan calls its areas. */
    public AreaTerm areas() {
        return areas;
    }

    /** Whether the DfE expects this of each area of such a plan. */
    public boolean expects(Expectation expectation) {
        return expectations.contains(expectation);
    }

    /** The kind written {@code code} in a plan, or null. */
    public static PlanKind fromCode(String code) {
        for (PlanKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        return null;
    }
}
