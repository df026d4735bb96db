package org.wsoa.model;

/**
 * Who sets the date by which a plan must be submitted. Only the 2015 regulations set a rule that
 * wsoa can count; for the other kinds the plan records the date that was set or agreed.
 */
public enum DeadlineSetter {
    /**
     * The Children Act 2004 (Joint Area Reviews) Regulations 2015, regulation 4: 70 working days from
     * receipt of the report, unless the plan records another count. A later date agreed with the DfE
     * does not replace it: both are shown.
     */
    REGULATIONS("the regulations", true, true, null, null),
    /** The Department for Education sets the date; the plan records it as {@code deadline: {due: ...}}. */
    DFE("the Department for Education", false, false, "the date set by the Department for Education",
            "%s's due date is set by the DfE, but the plan does not record it"),
    /**
     * No published source sets when the plan is due (the 2023 framework and handbook, and the DfE's
     * support and challenge guidance, give no rule), so the plan records the date that was agreed, and
     * who agreed it, rather than wsoa assuming the 70 working days of the 2015 regulations.
     */
    AGREED("agreement", false, true, "the date agreed for this plan",
            "no published source sets when %s is due, so wsoa does not assume the 70 working days of the 2015"
                    + " regulations: the plan must record the date that was agreed");

    private final String name;
    private final boolean counts;
    private final boolean asksWhoAgreed;
    private final String givenDate;
    private final String missingDate;

    DeadlineSetter(String name, boolean counts, boolean asksWhoAgreed, String givenDate, String missingDate) {
        this.name = name;
        this.counts = counts;
        this.asksWhoAgreed = asksWhoAgreed;
        this.givenDate = givenDate;
        this.missingDate = missingDate;
    }

    /** Who sets it, in words: "the Department for Education". */
    public String displayName() {
        return name;
    }

    /** Whether the deadline is counted from the report (the regulations' rule), rather than given. */
    public boolean counts() {
        return counts;
    }

    /**
     * Whether a date written as {@code deadline: {due: ...}} must say who agreed it: a later date
     * agreed beside the statutory one, or the date agreed where no rule sets one.
     */
    public boolean asksWhoAgreed() {
        return asksWhoAgreed;
    }

    /**
     * What a given date is, for a kind whose date is given rather than counted: "the date set by the
     * Department for Education"; null for the regulations, whose date is counted.
     */
    public String givenDate() {
        return givenDate;
    }

    /**
     * What to tell the author of {@code kind} whose plan gives no date, for a kind whose date is given
     * rather than counted: "an Accelerated Progress Plan's due date is set by the DfE, but the plan does
     * not record it"; null for the regulations.
     */
    public String missingDate(PlanKind kind) {
        return missingDate == null ? null : String.format(java.util.Locale.ROOT, missingDate, kind.titleWithArticle());
    }

    /** How to record the date, for the hint of {@link #missingDate}. */
    public String missingDateHint() {
        return asksWhoAgreed ? "add `deadline: {due: YYYY-MM-DD, agreed-by: <who agreed it>}` to plan.yaml"
                : "add `deadline: {due: YYYY-MM-DD}` to plan.yaml";
    }
}
