package org.wsoa.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Monday to Friday, less the bank holidays of England and Wales. 24 December is a working day. */
public final class WorkingDays {

    private final BankHolidays holidays;

    public WorkingDays(BankHolidays holidays) {
        this.holidays = holidays;
    }

    /** The England and Wales working calendar. */
    public static WorkingDays englandAndWales() {
        return new WorkingDays(BankHolidays.englandAndWales());
    }

    public BankHolidays holidays() {
        return holidays;
    }

    /**
     * @throws OutsideKnownYearsException if the year's bank holidays are not known
     */
    public boolean isWorkingDay(LocalDate date) {
        return !isWeekend(date) && !holidays.isBankHoliday(date);
    }

    public static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
