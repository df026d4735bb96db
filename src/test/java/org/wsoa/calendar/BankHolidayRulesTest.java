package org.wsoa.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
 * proclaimed since 2015, names included. This checks 2015, which the domain table leaves out,
 * catches a slip when a new year is added to the list, and shows that the rules wsoa uses for the
 * years after the list give GOV.UK's days and names.
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
                BankHolidays.englandAndWales().lastAnnouncedYear());
    }

    @ParameterizedTest
    @MethodSource("knownYears")
    void theListFollowsTheRulesAndTheProclamations(int year) {
        TreeSet<LocalDate> expected = new TreeSet<>();
        for (LocalDate usual : HolidayRules.usualDays(year).keySet()) {
            expected.add(MOVED.getOrDefault(usual, usual));
        }
        ONE_OFF.keySet().stream().filter(d -> d.getYear() == year).forEach(expected::add);

        assertThat(holidays.announced().keySet().stream().filter(d -> d.getYear() == year).collect(Collectors.toList()))
                .containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @MethodSource("knownYears")
    void theRulesNameTheUsualDaysAsGovUkDoes(int year) {
        HolidayRules.usualDays(year).forEach((day, name) -> {
            if (!MOVED.containsKey(day)) {
                assertThat(holidays.name(day)).as(day.toString()).isEqualTo(name);
            }
        });
    }

    @Test
    void easterFallsOnTheDatesOfTheTables() {
        assertThat(HolidayRules.easterSunday(2028)).isEqualTo(LocalDate.of(2028, 4, 16));
        assertThat(HolidayRules.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
        assertThat(HolidayRules.easterSunday(2035)).isEqualTo(LocalDate.of(2035, 3, 25));
    }

    @Test
    void theOneOffDaysAreNamedForWhatTheyMark() {
        ONE_OFF.forEach((day, what) -> assertThat(holidays.name(day)).as(day.toString()).contains(what));
    }

    /**
     * Every day that the usual rules do not give was announced, and wsoa knows when: without that, an
     * action due on it in a plan approved before the announcement would get a warning it cannot heed.
     */
    @ParameterizedTest
    @MethodSource("knownYears")
    void everyDayTheRulesDoNotGiveHasTheDayItWasAnnounced(int year) {
        var usual = HolidayRules.usualDays(year).keySet();
        holidays.announced().keySet().stream().filter(day -> day.getYear() == year).forEach(day -> {
            LocalDate announced = holidays.announcedOn(day);
            if (usual.contains(day)) {
                assertThat(announced).as(day.toString()).isNull();
            } else {
                assertThat(announced).as(day.toString()).isNotNull().isBefore(day).isAfter(day.minusYears(3));
            }
        });
    }

    @Test
    void theStateFuneralWasAnnouncedNineDaysBefore() {
        assertThat(holidays.announcedOn(LocalDate.of(2022, 9, 19))).isEqualTo(LocalDate.of(2022, 9, 10));
        assertThat(holidays.announcedOn(LocalDate.of(2023, 5, 8))).isEqualTo(LocalDate.of(2022, 11, 6));
        assertThat(holidays.announcedOn(LocalDate.of(2022, 6, 2))).isEqualTo(LocalDate.of(2020, 11, 12));
        assertThat(holidays.announcedOn(LocalDate.of(2020, 5, 8))).isEqualTo(LocalDate.of(2019, 6, 7));
        // Not a bank holiday at all: the usual day that the Platinum Jubilee moved.
        assertThat(holidays.announcedOn(LocalDate.of(2022, 5, 30))).isNull();
    }

    @Test
    void noBankHolidayFallsOnAWeekend() {
        assertThat(holidays.announced().keySet()).noneMatch(WorkingDays::isWeekend);
    }

    @Test
    void countsEightBankHolidaysAYearSaveForTheRoyalOccasions() {
        Map<Integer, Long> perYear = holidays.announced().keySet().stream()
                .collect(Collectors.groupingBy(LocalDate::getYear, Collectors.counting()));

        assertThat(perYear).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry(2015, 8L), Map.entry(2016, 8L), Map.entry(2017, 8L), Map.entry(2018, 8L),
                Map.entry(2019, 8L), Map.entry(2020, 8L), Map.entry(2021, 8L), Map.entry(2022, 10L),
                Map.entry(2023, 9L), Map.entry(2024, 8L), Map.entry(2025, 8L), Map.entry(2026, 8L),
                Map.entry(2027, 8L)));
    }
}
