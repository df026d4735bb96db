package org.wsoa.rules;

import java.time.LocalDate;
import org.wsoa.calendar.BritishDates;
import org.wsoa.diagnostic.Severity;
import org.wsoa.model.Action;
import org.wsoa.model.Dated;
import org.wsoa.resolve.ResolvedPlan;

/**
 * Action dates make sense: start is not after due, nothing is due before the report was received,
 * and every due date falls inside the plan's delivery period.
 */
final class DatesCheck extends AbstractRule {

    DatesCheck() {
        super("dates", Severity.ERROR, "Action dates are in order and inside the plan period.");
    }

    @Override
    public void check(ResolvedPlan plan, Findings findings) {
        Dated received = plan.reportReceived();
        LocalDate start = plan.periodStart();
        LocalDate end = plan.periodEnd();
        plan.actions().forEach(action -> check(plan, action, received, start, end, findings));
    }

    private static void check(ResolvedPlan plan, Action action, Dated received, LocalDate start, LocalDate end,
                              Findings findings) {
        Dated due = action.due();
        if (due == null) {
            return;
        }
        if (action.start() != null && action.start().date().isAfter(due.date())) {
            findings.report(action.start().at(), action.id(), "action " + action.id() + " starts on "
                    + BritishDates.format(action.start().date()) + ", after it is due ("
                    + BritishDates.format(due.date()) + ")", "swap the dates, or correct one of them");
        }
        if (received != null && due.date().isBefore(received.date())) {
            findings.report(due.at(), action.id(), "action " + action.id() + " is due on "
                    + BritishDates.format(due.date()) + ", before the report was received ("
                    + BritishDates.format(received.date()) + ")", "an action answers the report: it is due after it");
            return;
        }
        if (start != null && end != null && (due.date().isBefore(start) || due.date().isAfter(end))) {
            findings.report(due.at(), action.id(), "action " + action.id() + " is due on "
                    + BritishDates.format(due.date()) + ", outside " + plan.describePeriod(),
                    "move the due date inside the period, or change `period:` in plan.yaml");
        }
    }
}
