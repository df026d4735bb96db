package org.wsoa.rules;

import java.time.LocalDate;
import org.wsoa.calendar.BritishDates;
import org.wsoa.diagnostic.Severity;
import org.wsoa.model.Action;
import org.wsoa.model.Recurrence;
import org.wsoa.resolve.ResolvedPlan;

/**
 * A recurring action ({@code recurs:} and {@code until:}) has a cadence and an end instead of one due
 * date: not both {@code due} and {@code recurs}, no {@code until} without {@code recurs}, not done
 * before the plan, and long enough to recur at all. Whether {@code until} falls in the delivery period
 * is the {@code dates} check's, since it is the action's last due date.
 */
final class RecurrenceCheck extends AbstractRule {

    RecurrenceCheck() {
        super("recurrence", Severity.ERROR, "A recurring action has a cadence and an end (`recurs`, `until`)"
                + " instead of a due date, and runs long enough to recur.");
    }

    @Override
    public void check(ResolvedPlan resolved, Findings findings) {
        resolved.actions().forEach(action -> check(resolved, action, findings));
    }

    private static void check(ResolvedPlan resolved, Action action, Findings findings) {
        Recurrence recurrence = action.recurrence();
        if (recurrence == null) {
            return;
        }
        String of = "action " + action.id();
        if (!recurrence.recurs()) {
            findings.report(recurrence.at(), action.id(), of + " has `until` but no `recurs`",
                    "add `recurs: monthly` (or quarterly, termly...) for an action that recurs; write `due` instead"
                            + " for one done once");
            return;
        }
        if (recurrence.dueToo()) {
            findings.report(action.due().at(), action.id(), of + " has both `due` and `recurs`: a recurring action"
                    + " runs until its `until`", "remove `due`; `until` is the day its last occurrence is due");
        }
        if (action.doneBeforePlan()) {
            findings.report(recurrence.at(), action.id(), of + " is marked done before the plan, but recurs",
                    "work done before the plan was done once: give it `due`, or remove `done-before-plan`");
        }
        if (recurrence.every() == null || recurrence.until() == null) {
            return; // an unknown cadence or a missing end is the loader's finding
        }
        LocalDate from = action.start() != null ? action.start().date() : resolved.periodStart();
        LocalDate until = recurrence.until().date();
        if (from != null && !from.isAfter(until) && from.plus(recurrence.every().interval()).isAfter(until)) {
            findings.report(Severity.WARNING, recurrence.until().at(), action.id(), of + " recurs "
                    + recurrence.every().word() + " from " + BritishDates.format(from) + " until "
                    + BritishDates.format(until) + ", so it would happen only once",
                    "write `due` for an action done once, or move `until` later");
        }
    }
}
