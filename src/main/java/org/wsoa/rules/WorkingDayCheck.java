package org.wsoa.rules;

import org.wsoa.calendar.BritishDates;
import org.wsoa.calendar.WorkingDays;
import org.wsoa.diagnostic.Severity;
import org.wsoa.model.Action;
import org.wsoa.resolve.ResolvedPlan;

/** An action due on a weekend or a bank holiday is usually a slip of the calendar. */
final class WorkingDayCheck extends AbstractRule {

    WorkingDayCheck() {
        super("working-day", Severity.WARNING, "Actions are due on working days, not weekends or bank holidays.");
    }

    @Override
    public void check(ResolvedPlan plan, Findings findings) {
        WorkingDays calendar = plan.calendar();
        plan.actions().forEach(action -> check(action, calendar, findings));
    }

    private static void check(Action action, WorkingDays calendar, Findings findings) {
        if (action.due() == null || !calendar.holidays().covers(action.due().date())) {
            return;
        }
        var due = action.due().date();
        String what = null;
        if (WorkingDays.isWeekend(due)) {
            what = "a " + (due.getDayOfWeek() == java.time.DayOfWeek.SATURDAY ? "Saturday" : "Sunday");
        } else if (calendar.holidays().isBankHoliday(due)) {
            what = "a bank holiday (" + calendar.holidays().name(due) + ")";
        }
        if (what != null) {
            findings.report(action.due().at(), action.id(), "action " + action.id() + " is due on "
                    + BritishDates.format(due) + ", " + what, "choose a working day");
        }
    }
}
