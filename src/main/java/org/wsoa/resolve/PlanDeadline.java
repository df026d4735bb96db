package org.wsoa.resolve;

import java.time.LocalDate;
import org.wsoa.calendar.BritishDates;
import org.wsoa.calendar.Deadline;
import org.wsoa.model.Dated;
import org.wsoa.model.DeadlineSetter;
import org.wsoa.model.SourceRef;

/**
 * The date by which the plan must be submitted, as worked out once from {@code plan.yaml}: counted
 * from the report (by default 70 working days after it was received), or given as a date, or not
 * known, with the reason why.
 *
 * @param due      the deadline, or null when it cannot be worked out
 * @param counted  how it was counted, or null when it is a given date or unknown
 * @param given    the date written as {@code deadline: {due: ...}}, or null
 * @param setBy    who sets the date for this kind of plan
 * @param problem  why the deadline is unknown, or null when it is known
 */
public record PlanDeadline(LocalDate due, Deadline counted, Dated given, DeadlineSetter setBy, Problem problem) {

    /**
     * Why the deadline could not be worked out, for the author.
     *
     * @param at           where to fix it, or null for the plan as a whole
     * @param missingData  whether a date is simply not recorded yet (a warning in a draft), rather
     *                     than a date wsoa cannot count from
     */
    public record Problem(String message, String hint, SourceRef at, boolean missingData) {
    }

    static PlanDeadline counted(Deadline counted, DeadlineSetter setBy) {
        return new PlanDeadline(counted.due(), counted, null, setBy, null);
    }

    static PlanDeadline given(Dated given, DeadlineSetter setBy) {
        return new PlanDeadline(given.date(), null, given, setBy, null);
    }

    static PlanDeadline unknown(DeadlineSetter setBy, Problem problem) {
        return new PlanDeadline(null, null, null, setBy, problem);
    }

    public boolean isKnown() {
        return due != null;
    }

    /**
     * How the deadline was set, as a sentence for readers of the published plan: "70 working days
     * after Friday 5 November 2021, ...: Wednesday 16 February 2022." or "Tuesday 21 March 2023, the
     * date set by the Department for Education."; null when it is unknown.
     */
    public String explanation() {
        if (counted != null) {
            String text = counted.explanation();
            String caution = counted.estimateCaution();
            return Character.toUpperCase(text.charAt(0)) + text.substring(1) + (caution == null ? "" : " (" + caution + ")")
                    + ".";
        }
        if (given != null) {
            return BritishDates.format(given.date()) + (setBy == DeadlineSetter.DFE
                    ? ", the date set by the Department for Education." : ", the date agreed for this plan.");
        }
        return null;
    }
}
