package org.wsoa.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.wsoa.calendar.WorkingDays;
import org.wsoa.resolve.PlanDeadline;

/**
 * How late a date is, in calendar days and, where the deadline counts working days, in working days
 * too: a Saturday submission against a Friday deadline is a day late, though no working day later.
 */
final class Lateness {

    private final WorkingDays calendar;

    Lateness(WorkingDays calendar) {
        this.calendar = calendar;
    }

    /**
     * "3 calendar days (1 working day)"; "1 calendar day (no working day)" for a Saturday after a
     * Friday deadline; "2 calendar days" where the deadline counts calendar days.
     */
    String after(LocalDate date, LocalDate deadline, PlanDeadline counting) {
        long days = ChronoUnit.DAYS.between(deadline, date);
        String calendarDays = days + (days == 1 ? " calendar day" : " calendar days");
        boolean workingDays = counting.counted() != null && !counting.counted().calendarDays();
        if (!workingDays || !calendar.holidays().covers(date)) {
            return calendarDays;
        }
        int working = 0;
        for (LocalDate day = deadline.plusDays(1); !day.isAfter(date); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                working++;
            }
        }
        return working == 0 ? calendarDays + " (no working day)"
                : calendarDays + " (" + working + (working == 1 ? " working day)" : " working days)");
    }
}
