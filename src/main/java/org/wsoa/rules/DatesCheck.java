package org.wsoa.rules;

import java.time.LocalDate;
import org.wsoa.calendar.BritishDates;
import org.wsoa.diagnostic.Severity;
import org.wsoa.model.Action;
import org.wsoa.model.Dated;
import org.wsoa.resolve.ResolvedPlan;

/**
 * Action dates make sense: start is not after due, nothing is due before the report was received,
 * and every due date falls inside the plan's delivery period. Work done before the plan (marked
 * {@code done-before-plan}) may predate the report and the period, but not the plan's submission.
 */
final class DatesCheck extends AbstractRule {

    DatesCheck() {
        super("dates", Severity.ERROR, "Action dates are in order and inside the plan period; work done before the"
                + " plan is done by its submission.");
    }

    @Override
    public void check(ResolvedPlan plan, Findings findings) {
        Dated received = plan.reportReceived();
        LocalDate start = plan.periodStart();
        LocalDate end = plan.periodEnd();
        Dated submitted = plan.plan().submitted();
        plan.actions().forEach(action -> {
            if (action.doneBeforePlan()) {
                checkDoneBefore(action, submitted, findings);
            } else {
                check(plan, action, received, start, end, findings);
            }
        });
    }

    private static void checkStart(Action action, Findings findings) {
        Dated due = action.due();
        if (action.start() != null && action.start().date().isAfter(due.date())) {
            findings.report(action.start().at(), action.id(), "action " + action.id() + " starts on "
                    + BritishDates.format(action.start().date()) + ", after it is due ("
                    + BritishDates.format(due.date()) + ")", "swap the dates, or correct one of them");
        }
    }

    private static void checkDoneBefore(Action action, Dated submitted, Findings findings) {
        if (action.due() == null) {
            return;
        }
        checkStart(action, findings);
        if (submitted != null && action.due().date().isAfter(submitted.date())) {
            findings.report(action.due().at(), action.id(), "action " + action.id() + " is marked done before the plan,"
                    + " but is dated " + BritishDates.format(action.due().date()) + ", after the plan was submitted ("
                    + BritishDates.format(submitted.date()) + ")", "work done before the plan is dated by its"
                    + " submission: correct `due:` to the day it was done, or remove `done-before-plan`");
        }
    }

    private static void check(ResolvedPlan plan, Action action, Dated received, LocalDate start, LocalDate end,
                              Findings findings) {
        Dated due = action.due();
        if (due == null) {
            return;
        }
        checkStart(action, findings);
        if (received != null && due.date().isBefore(received.date())) {
            findings.report(due.at(), action.id(), "action " + action.id() + " is due on "
                    + BritishDates.format(due.date()) + ", before the report was received ("
                    + BritishDates.format(received.date()) + ")", "an action answers the report: it is due after it;"
                    + " work already done before the plan is marked `done-before-plan: true`");
            return;
        }
        if (start != null && end != null && (due.date().isBefore(start) || due.date().isAfter(end))) {
            findings.report(due.at(), action.id(), "action " + action.id() + " is due on "
                    + BritishDates.format(due.date()) + ", outside " + plan.describePeriod(),
                    "move the due date inside the period, or change `period:` in plan.yaml; work already done"
                            + " before the plan is marked `done-before-plan: true`");
        }
    }
}
