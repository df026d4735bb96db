package org.wsoa.resolve;

import java.time.LocalDate;
import org.wsoa.calendar.BritishDates;
import org.wsoa.calendar.Deadline;
import org.wsoa.model.Dated;
import org.wsoa.model.DeadlineSetter;
import org.wsoa.model.SourceRef;
import org.wsoa.model.Text;

/**
 * The date by which the plan must be submitted, as worked out once from {@code plan.yaml}: counted
 * from the report (by default 70 working days after it was received), or given as a date, or not
 * known, with the reason why. Where the regulations set the deadline, a date agreed later does not
 * replace it: both are kept, and both are shown.
 *
 * @param due      the deadline: the statutory date where it is counted, else the given date; null
 *                 when it cannot be worked out
 * @param counted  how the statutory date was counted, or null when the date is given or unknown
 * @param given    the date written as {@code deadline: {due: ...}}, or null
 * @param agreedBy who agreed (or set) the given date, as written, or null
 * @param agreedOn when it was agreed, or null
 * @param setBy    who sets the date for this kind of plan
 * @param problem  why the deadline is unknown, or null when it is known
 */
public record PlanDeadline(LocalDate due, Deadline counted, Dated given, Text agreedBy, Dated agreedOn,
                           DeadlineSetter setBy, Problem problem) {

    /**
     * Why the deadline could not be worked out, for the author.
     *
     * @param at           where to fix it, or null for the plan as a whole
     * @param missingData  whether a date is simply not recorded yet (a warning in a draft), rather
     *                     than a date wsoa cannot count from
     */
    public record Problem(String message, String hint, SourceRef at, boolean missingData) {
    }

    static PlanDeadline counted(Deadline counted, Dated given, Text agreedBy, Dated agreedOn, DeadlineSetter setBy) {
        return new PlanDeadline(counted.due(), counted, given, agreedBy, agreedOn, setBy, null);
    }

    static PlanDeadline given(Dated given, Text agreedBy, Dated agreedOn, DeadlineSetter setBy) {
        return new PlanDeadline(given.date(), null, given, agreedBy, agreedOn, setBy, null);
    }

    static PlanDeadline unknown(DeadlineSetter setBy, Problem problem) {
        return new PlanDeadline(null, null, null, null, null, setBy, problem);
    }

    public boolean isKnown() {
        return due != null;
    }

    /** Whether another date was agreed beside the statutory one, which it does not replace. */
    public boolean hasAgreedDate() {
        return counted != null && given != null;
    }

    /** The last day the plan can be submitted on: the date agreed where there is one, else {@link #due}. */
    public LocalDate submitBy() {
        return given != null ? given.date() : due;
    }

    /**
     * Who agreed the date and when, for sentences: " by the Department for Education on 10 February
     * 2022"; empty when the plan does not say.
     */
    public String agreement() {
        return (agreedBy == null || agreedBy.isBlank() ? "" : " by " + agreedBy.value())
                + (agreedOn == null ? "" : " on " + BritishDates.formatShort(agreedOn.date()));
    }

    /**
     * How the deadline was set, as a sentence for readers of the published plan: "70 working days
     * after Friday 5 November 2021, ...: Wednesday 16 February 2022." or "Tuesday 21 March 2023, the
     * date set by the Department for Education."; with a date agreed beside the statutory one, both;
     * null when it is unknown.
     */
    public String explanation() {
        if (counted != null) {
            String text = counted.explanation();
            String caution = counted.estimateCaution();
            String statutory = Character.toUpperCase(text.charAt(0)) + text.substring(1)
                    + (caution == null ? "" : " (" + caution + ")") + ".";
            if (given == null) {
                return statutory;
            }
            return statutory + " " + (given.date().isAfter(counted.due()) ? "A later date" : "Another date") + ", "
                    + BritishDates.format(given.date()) + ", was agreed" + agreement()
                    + "; it does not replace the statutory deadline.";
        }
        if (given != null) {
            return BritishDates.format(given.date()) + ", " + setBy.givenDate()
                    + (setBy.asksWhoAgreed() ? agreement() : "") + ".";
        }
        return null;
    }
}
