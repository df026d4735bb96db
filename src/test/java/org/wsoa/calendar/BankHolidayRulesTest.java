package org.wsoa.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled list agrees, year by year, with the usual rules for England and Wales (Easter, the
 * Mondays of May and August, Christmas and New Year moved off weekends) plus the one-off changes
 * proclaimed since 2015. This checks 2015, which the domain table leaves out, and catches a slip
 * when a new year is added to the list.
 */
class BankHolidayRulesTest {

    /** Days moved by proclamation: the usual day, and the day it was moved to. */
    private static final Map<LocalDate, LocalDate> MOVED = Map.of(
            LocalDate.of(2020, 5, 4), LocalDate.of(2020, 5, 8),     // VE Day 75th anniversary
            LocalDate.of(2022, 5, 30), LocalDate.of(2022, 6, 2));   // Platinum Jubilee weekend

    /** Extra days proclaimed once. */
    private static final Map<LocalDate, String> ONE_OFF = Map.of(
            LocalDate.of(2022, 6, 3), "Platinum Jubilee",
            LocalDate.of(2022, 9, 19), "State Funeral of Queen Elizabeth II",
            LocalDate.of(2023, 5, 8), "coronation of King Charles III");

    private final BankHolidays holidays = BankHolidays.englandAndWales();

    static IntStream knownYears() {
        return IntStream.rangeClosed(BankHolidays.englandAndWales().firstYear(),
                BankHolidays.englandAndWales().lastYear());
    }

    @ParameterizedTest
    @MethodSource("knownYears")
    void theListFollowsTheRulesAndTheProclamations(int year) {
        TreeSet<LocalDate> expected = new TreeSet<>();
        for (LocalDate usual : usualDays(year)) {
            expected.add(MOVED.getOrDefault(usual, usual));
        }
        ONE_OFF.keySet().stream().filter(d -> d.getYear() == year).forEach(expected::add);

        assertThat(holidays.all().keySet().stream().filter(d -> d.getYear() == year).collect(Collectors.toList()))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void theOneOffDaysAreNamedForWhatTheyMark() {
        ONE_OFF.forEach((day, what) -> assertThat(holidays.name(day)).as(day.toString()).contains(what));
    }

    @Test
    void noBankHolidayFallsOnAWeekend() {
        assertThat(holidays.all().keySet()).noneMatch(WorkingDays::isWeekend);
    }

    @Test
    void countsEightBankHolidaysAYearSaveForTheRoyalOccasions() {
        Map<Integer, Long> perYear = holidays.all().keySet().stream()
                .collect(Collectors.groupingBy(LocalDate::getYear, Collectors.counting()));

        assertThat(perYear).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry(2015, 8L), Map.entry(2016, 8L), Map.entry(2017, 8L), Map.entry(2018, 8L),
                Map.entry(2019, 8L), Map.entry(2020, 8L), Map.entry(2021, 8L), Map.entry(2022, 10L),
                Map.entry(2023, 9L), Map.entry(2024, 8L), Map.entry(2025, 8L), Map.entry(2026, 8L),
                Map.entry(2027, 8L)));
    }

    /** The eight usual bank holidays of a year, substitute days included. */
    private static TreeSet<LocalDate> usualDays(int year) {
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(nextWeekday(LocalDate.of(year, 1, 1)));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        // Christmas Day and Boxing Day each take the first weekday not already taken.
        LocalDate christmas = nextWeekday(LocalDate.of(year, 12, 25));
        days.add(christmas);
        days.add(nextWeekday(LocalDate.of(year, 12, 26).isAfter(christmas) ? LocalDate.of(year, 12, 26)
                : christmas.plusDays(1)));
        return days;
    }

    private static LocalDate nextWeekday(LocalDate day) {
        LocalDate d = day;
        while (WorkingDays.isWeekend(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The Gregorian computus (Meeus/Jones/Butcher). */
    private static LocalDate easterSunday(int year) {
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
