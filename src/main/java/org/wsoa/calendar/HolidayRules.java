package org.wsoa.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The usual bank holidays of England and Wales, as the Banking and Financial Dealings Act 1971 and
 * the annual proclamations set them: New Year's Day, Good Friday, Easter Monday, the first and last
 * Mondays of May, the last Monday of August, Christmas Day and Boxing Day, each moved to the next
 * weekday not taken when it falls at a weekend. One-off days (a jubilee, a state funeral) are not
 * rules and are not here.
 */
public final class HolidayRules {

    private static final String SUBSTITUTE = " (substitute day)";

    private HolidayRules() {
    }

    /** The eight usual days of {@code year}, with the names GOV.UK gives them. */
    public static NavigableMap<LocalDate, String> usualDays(int year) {
        NavigableMap<LocalDate, String> days = new TreeMap<>();
        LocalDate newYear = LocalDate.of(year, 1, 1);
        days.put(nextWeekday(newYear), "New Year's Day" + (WorkingDays.isWeekend(newYear) ? SUBSTITUTE : ""));
        LocalDate easter = easterSunday(year);
        days.put(easter.minusDays(2), "Good Friday");
        days.put(easter.plusDays(1), "Easter Monday");
        LocalDate may = LocalDate.of(year, Month.MAY, 1);
        days.put(may.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)), "Early May bank holiday");
        days.put(may.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), "Spring bank holiday");
        days.put(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
                "Summer bank holiday");
        // Christmas Day and Boxing Day each take the first weekday not already taken.
        LocalDate christmasDay = LocalDate.of(year, 12, 25);
        LocalDate boxingDay = LocalDate.of(year, 12, 26);
        LocalDate christmas = nextWeekday(christmasDay);
        LocalDate boxing = nextWeekday(boxingDay.isAfter(christmas) ? boxingDay : christmas.plusDays(1));
        if (christmas.equals(christmasDay)) {
            days.put(christmas, "Christmas Day");
            days.put(boxing, "Boxing Day" + (boxing.equals(boxingDay) ? "" : SUBSTITUTE));
        } else if (boxingDay.getDayOfWeek() == DayOfWeek.MONDAY) {
            // Christmas on a Sunday: Boxing Day keeps its Monday, Christmas moves to the Tuesday.
            days.put(boxingDay, "Boxing Day");
            days.put(boxingDay.plusDays(1), "Christmas Day" + SUBSTITUTE);
        } else {
            days.put(christmas, "Christmas Day" + SUBSTITUTE);
            days.put(boxing, "Boxing Day" + SUBSTITUTE);
        }
        return days;
    }

    private static LocalDate nextWeekday(LocalDate day) {
        LocalDate next = day;
        while (WorkingDays.isWeekend(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** Easter Sunday by the Gregorian computus (the anonymous algorithm of Meeus, Jones and Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
