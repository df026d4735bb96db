package org.wsoa.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The kinds of improvement plan that the tool compiles; all share one model. Each kind carries
 * what differs between them, so that rules, templates and the skeleton ask the kind, never which
 * kind it is: the framework, the inspection outcome it answers, who sets the deadline, whether it
 * follows a revisit, what it calls its areas, its words in print and what a source asks of its content.
 */
public enum PlanKind {
    /** Written Statement of Action, after the 2016 framework's inspection. */
    WSOA("wsoa", "Written Statement of Action", Framework.LOCAL_AREA_SEND_2016, null, DeadlineSetter.REGULATIONS,
            false, AreaTerm.SIGNIFICANT_WEAKNESS, "The inspection", EnumSet.noneOf(Expectation.class), List.of(),
            FollowUpVisit.REVISIT, "app"),
    /**
     * Accelerated Progress Plan, after a revisit found insufficient progress. Its content is what the
     * DfE asks for (quoted in council reports, e.g. Somerset's of March 2023).
     */
    APP("app", "Accelerated Progress Plan", Framework.LOCAL_AREA_SEND_2016, null, DeadlineSetter.DFE,
            true, AreaTerm.SIGNIFICANT_WEAKNESS, "The inspection and revisit", EnumSet.allOf(Expectation.class),
            List.of(), null, null),
    /** Priority Action Plan (area SEND), after the 2023 framework's outcome of widespread or systemic failings. */
    PRIORITY_ACTION_PLAN("priority-action-plan", "Priority Action Plan", Framework.AREA_SEND_2023,
            InspectionOutcome.WIDESPREAD_FAILINGS, DeadlineSetter.AGREED, false, AreaTerm.PRIORITY_ACTION,
            "The inspection and its outcome", EnumSet.noneOf(Expectation.class), List.of(
                    Term.LOCAL_AREA_PARTNERSHIP, Term.AREA_FOR_PRIORITY_ACTION, Term.AREA_FOR_IMPROVEMENT,
                    Term.MONITORING_INSPECTION), FollowUpVisit.MONITORING_INSPECTION, "priority-action-plan"),
    /**
     * The local area partnership's updated strategic plan, after the 2023 framework's outcome of
     * inconsistent experiences: the handbook asks the partnership to update its strategic plan to
     * address the areas for improvement, and the DfE monitors it.
     */
    STRATEGIC_PLAN("strategic-plan", "Updated Strategic Plan", Framework.AREA_SEND_2023,
            InspectionOutcome.INCONSISTENT, DeadlineSetter.AGREED, false, AreaTerm.IMPROVEMENT,
            "The inspection and its outcome", EnumSet.noneOf(Expectation.class), List.of(
                    Term.LOCAL_AREA_PARTNERSHIP, Term.AREA_FOR_IMPROVEMENT), null, null);

    /** A term that a kind's page uses and its glossary explains, unless the plan's own glossary does. */
    public record Term(String term, String meaning) {
        static final Term LOCAL_AREA_PARTNERSHIP = new Term("Local area partnership", "The council, the integrated"
                + " care board and their partners in education, health and social care, who are jointly responsible"
                + " for the arrangements for children and young people with SEND in the area.");
        static final Term AREA_FOR_PRIORITY_ACTION = new Term("Area for priority action", "A weakness that an area"
                + " SEND inspection with the outcome of widespread and/or systemic failings finds must be addressed"
                + " urgently; the Priority Action Plan says how each one will be.");
        static final Term AREA_FOR_IMPROVEMENT = new Term("Area for improvement", "Something an area SEND"
                + " inspection finds the local area partnership must improve; the partnership's strategic plan"
                + " says how.");
        static final Term MONITORING_INSPECTION = new Term("Monitoring inspection", "A visit by Ofsted and the CQC,"
                + " usually about 18 months after the final report, to evaluate the progress made on the areas for"
                + " priority action.");
    }

    private final String code;
    private final String title;
    private final Framework framework;
    private final InspectionOutcome outcome;
    private final DeadlineSetter deadlineSetter;
    private final boolean followsRevisit;
    private final AreaTerm areas;
    private final String inspectionHeading;
    private final Set<Expectation> expectations;
    private final List<Term> glossary;
    private final FollowUpVisit judgedBy;
    private final String next;

    PlanKind(String code, String title, Framework framework, InspectionOutcome outcome, DeadlineSetter deadlineSetter,
             boolean followsRevisit, AreaTerm areas, String inspectionHeading, Set<Expectation> expectations,
             List<Term> glossary, FollowUpVisit judgedBy, String next) {
        this.code = code;
        this.title = title;
        this.framework = framework;
        this.outcome = outcome;
        this.deadlineSetter = deadlineSetter;
        this.followsRevisit = followsRevisit;
        this.areas = areas;
        this.inspectionHeading = inspectionHeading;
        this.expectations = Set.copyOf(expectations);
        this.glossary = List.copyOf(glossary);
        this.judgedBy = judgedBy;
        this.next = next;
    }

    /** The value authors write in {@code plan.yaml}. */
    public String code() {
        return code;
    }

    /** The plan's name as it appears in print. */
    public String title() {
        return title;
    }

    /** The title with its article, for sentences: "a Priority Action Plan", "an Accelerated Progress Plan". */
    public String titleWithArticle() {
        return ("AEIOU".indexOf(title.charAt(0)) >= 0 ? "an " : "a ") + title;
    }

    /** The inspection framework under which such a plan is written. */
    public Framework framework() {
        return framework;
    }

    /** The 2023 framework's inspection outcome that such a plan answers, or null for the 2016 kinds. */
    public InspectionOutcome outcome() {
        return outcome;
    }

    /** Who sets the submission date: the regulations' count, the DfE, or an agreement the plan records. */
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

    /** The heading of the section on the inspection, in the contents and bookmarks too. */
    public String inspectionHeading() {
        return inspectionHeading;
    }

    /** Whether a source asks this of each area of such a plan (docs/rules.md names the source). */
    public boolean expects(Expectation expectation) {
        return expectations.contains(expectation);
    }

    /** The terms the kind's page uses, which its glossary explains unless the plan's own does. */
    public List<Term> glossary() {
        return glossary;
    }

    /**
     * The visit that judges such a plan's progress on each area (the revisit of a Written Statement of
     * Action, the monitoring inspection of a Priority Action Plan), or null when no such visit follows.
     */
    public FollowUpVisit judgedBy() {
        return judgedBy;
    }

    /**
     * The kind of plan written for the areas that {@link #judgedBy the visit} finds have not improved
     * enough (an Accelerated Progress Plan after a Written Statement of Action's revisit; an updated
     * Priority Action Plan after a monitoring inspection), or null when no plan follows this kind:
     * {@code wsoa init --from} starts one.
     */
    public PlanKind next() {
        return next == null ? null : fromCode(next);
    }

    /**
     * The kind of plan that this kind follows, whose unfinished actions it carries forward (a Written
     * Statement of Action for an Accelerated Progress Plan), or null when it follows none.
     */
    public PlanKind previous() {
        for (PlanKind kind : values()) {
            if (code.equals(kind.next)) {
                return kind;
            }
        }
        return null;
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
