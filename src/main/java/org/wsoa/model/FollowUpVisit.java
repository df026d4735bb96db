package org.wsoa.model;

/**
 * The visit by Ofsted and the CQC that judges, some months into a plan, whether each of its areas has
 * improved enough: the 2016 framework's revisit of a Written Statement of Action, the 2023
 * framework's monitoring inspection of a Priority Action Plan. The next plan answers the areas it
 * finds have not improved enough.
 *
 * @param name           what it is called, for sentences: "revisit", "monitoring inspection"
 * @param recordedInPlan whether the judged plan's {@code plan.yaml} records it, as {@code revisit:}
 *                       (the 2016 framework's revisit letter judges each weakness); otherwise its
 *                       judgements are given to {@code wsoa init --from} as options
 */
public record FollowUpVisit(String name, boolean recordedInPlan) {

    /** The 2016 framework's revisit, about 18 months after the statement was accepted as fit for purpose. */
    public static final FollowUpVisit REVISIT = new FollowUpVisit("revisit", true);
    /** The 2023 framework's monitoring inspection, usually about 18 months after the final report. */
    public static final FollowUpVisit MONITORING_INSPECTION = new FollowUpVisit("monitoring inspection", false);

    /** "the revisit", "the monitoring inspection". */
    public String theName() {
        return "the " + name;
    }
}
