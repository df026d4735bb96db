package org.wsoa.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.wsoa.calendar.BankHolidays;
import org.wsoa.calendar.BritishDates;
import org.wsoa.calendar.WorkingDays;
import org.wsoa.diagnostic.Severity;
import org.wsoa.model.Action;
import org.wsoa.resolve.ResolvedPlan;

/**
 * An action due on a weekend or a bank holiday is usually a slip of the calendar. A bank holiday
 * announced after the plan was approved (the State Funeral of 19 September 2022) was no slip: the
 * day was a working day when the authors chose it, so it is a note, not a new warning on an old plan.
 */
final class WorkingDayCheck extends AbstractRule {

    WorkingDayCheck() {
        super("working-day", Severity.WARNING, "Actions are due on working days, not weekends or bank holidays.");
    }

    @Override
    public void check(ResolvedPlan plan, Findings findings) {
        plan.actions().forEach(action -> check(action, plan.calendar(), plan.approvedOn(), findings));
    }

    private static void check(Action action, WorkingDays calendar, LocalDate approvedOn, Findings findings) {
        if (action.due() == null || !calendar.holidays().covers(action.due().date())) {
            return;
        }
        LocalDate due = action.due().date();
        if (WorkingDays.isWeekend(due)) {
            findings.report(action.due().at(), action.id(), on(action) + "a "
                    + (due.getDayOfWeek() == DayOfWeek.SATURDAY ? "Saturday" : "Sunday"), "choose a working day");
            return;
        }
        BankHolidays holidays = calendar.holidays();
        if (!holidays.isBankHoliday(due)) {
            return;
        }
        String holiday = on(action) + "a bank holiday (" + holidays.name(due) + ")";
        LocalDate announced = holidays.announcedOn(due);
        if (announced != null && approvedOn != null && announced.isAfter(approvedOn)) {
            findings.report(Severity.NOTE, action.due().at(), action.id(), holiday + " announced after approval: on "
                    + BritishDates.format(announced) + ", after the plan was approved on " + BritishDates.format(approvedOn),
                    "nothing to change: it was a working day when the plan was approved; if the work moves, record"
                            + " a revised due date in a progress file");
        } else {
            findings.report(action.due().at(), action.id(), holiday, "choose a working day");
        }
    }

    /** The start of a finding's message, made only for an action that has one. */
    private static String on(Action action) {
        return "action " + action.id() + " is due on " + BritishDates.format(action.due().date()) + ", ";
    }
}
