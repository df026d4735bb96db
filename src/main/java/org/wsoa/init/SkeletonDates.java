package org.wsoa.init;

import java.time.LocalDate;
import org.wsoa.calendar.BritishDates;
import org.wsoa.calendar.Deadline;
import org.wsoa.calendar.WorkingDays;
import org.wsoa.model.DeadlineRule;

/**
 * The dates a new plan starts with: the statutory deadline, a delivery period of 18 months that
 * begins the next working day, and a first action due on a working day about three months in.
 *
 * @param deadlineWords the deadline as a reader would say it, e.g. "Wednesday 16 February 2022"
 */
public record SkeletonDates(LocalDate deadline, String deadlineWords, LocalDate periodStart, LocalDate periodEnd,
                            LocalDate firstDue) {

    /**
     * The dates for a report received on {@code received}.
     *
     * @throws org.wsoa.calendar.OutsideKnownYearsException if they fall in a year whose bank holidays
     *                                                      are not known
     */
    public static SkeletonDates from(LocalDate received, WorkingDays calendar) {
        LocalDate deadline = Deadline.workingDays(received, DeadlineRule.STATUTORY_DAYS, calendar).due();
        LocalDate start = nextWorkingDay(deadline.plusDays(1), calendar);
        LocalDate end = start.plusMonths(18).minusDays(1);
        LocalDate firstDue = nextWorkingDay(start.plusMonths(3), calendar);
        return new SkeletonDates(deadline, BritishDates.format(deadline), start, end, firstDue);
    }

    private static LocalDate nextWorkingDay(LocalDate date, WorkingDays calendar) {
        LocalDate day = date;
        while (!calendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }
}
