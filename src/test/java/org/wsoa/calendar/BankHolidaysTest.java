package org.wsoa.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BankHolidaysTest {

    /** The table in shared/domain.md, from the GOV.UK list, written the way it is there. */
    static Stream<String> domainTable() {
        return Stream.of(
            "2016: 1 Jan, 25 Mar, 28 Mar, 2 May, 30 May, 29 Aug, 26 Dec, 27 Dec",
            "2017: 2 Jan, 14 Apr, 17 Apr, 1 May, 29 May, 28 Aug, 25 Dec, 26 Dec",
            "2018: 1 Jan, 30 Mar, 2 Apr, 7 May, 28 May, 27 Aug, 25 Dec, 26 Dec",
            "2019: 1 Jan, 19 Apr, 22 Apr, 6 May, 27 May, 26 Aug, 25 Dec, 26 Dec",
            "2020: 1 Jan, 10 Apr, 13 Apr, 8 May, 25 May, 31 Aug, 25 Dec, 28 Dec",
            "2021: 1 Jan, 2 Apr, 5 Apr, 3 May, 31 May, 30 Aug, 27 Dec, 28 Dec",
            "2022: 3 Jan, 15 Apr, 18 Apr, 2 May, 2 Jun, 3 Jun, 29 Aug, 19 Sep, 26 Dec, 27 Dec",
            "2023: 2 Jan, 7 Apr, 10 Apr, 1 May, 8 May, 29 May, 28 Aug, 25 Dec, 26 Dec",
            "2024: 1 Jan, 29 Mar, 1 Apr, 6 May, 27 May, 26 Aug, 25 Dec, 26 Dec",
            "2025: 1 Jan, 18 Apr, 21 Apr, 5 May, 26 May, 25 Aug, 25 Dec, 26 Dec",
            "2026: 1 Jan, 3 Apr, 6 Apr, 4 May, 25 May, 31 Aug, 25 Dec, 28 Dec",
            "2027: 1 Jan, 26 Mar, 29 Mar, 3 May, 31 May, 30 Aug, 27 Dec, 28 Dec"
        );
    }

    private final BankHolidays holidays = BankHolidays.englandAndWales();

    @ParameterizedTest
    @MethodSource("domainTable")
    void knowsEveryBankHolidayOfTheYearAndNoOther(String row) {
        int year = Integer.parseInt(row.substring(0, 4));
        List<String> months = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                "Dec");
        List<LocalDate> expected = Stream.of(row.substring(6).split(", "))
                .map(day -> day.split(" "))
                .map(day -> LocalDate.of(year, months.indexOf(day[1]) + 1, Integer.parseInt(day[0])))
                .toList();

        List<LocalDate> known = holidays.announced().keySet().stream()
                .filter(d -> d.getYear() == year)
                .collect(Collectors.toList());

        assertThat(known).containsExactlyElementsOf(expected);
        expected.forEach(day -> assertThat(holidays.isBankHoliday(day)).as(day.toString()).isTrue());
    }

    @Test
    void namesTheOneOffDays() {
        assertThat(holidays.name(LocalDate.of(2022, 9, 19))).isEqualTo("Bank Holiday for the State Funeral of Queen Elizabeth II");
        assertThat(holidays.name(LocalDate.of(2022, 6, 3))).isEqualTo("Platinum Jubilee bank holiday");
        assertThat(holidays.name(LocalDate.of(2023, 5, 8))).isEqualTo("Bank holiday for the coronation of King Charles III");
        assertThat(holidays.name(LocalDate.of(2020, 5, 8))).isEqualTo("Early May bank holiday (VE Day)");
        assertThat(holidays.isBankHoliday(LocalDate.of(2020, 5, 4))).isFalse();
        assertThat(holidays.isBankHoliday(LocalDate.of(2022, 5, 30))).isFalse();
    }

    @Test
    void christmasEveIsAWorkingDay() {
        assertThat(WorkingDays.englandAndWales().isWorkingDay(LocalDate.of(2021, 12, 24))).isTrue();
        assertThat(WorkingDays.englandAndWales().isWorkingDay(LocalDate.of(2021, 12, 27))).isFalse();
        assertThat(WorkingDays.englandAndWales().isWorkingDay(LocalDate.of(2021, 12, 25))).isFalse();
    }

    @Test
    void worksOutTheYearsAfterTheListFromTheUsualRules() {
        assertThat(holidays.firstYear()).isEqualTo(2015);
        assertThat(holidays.lastAnnouncedYear()).isEqualTo(2027);
        assertThat(holidays.isEstimated(LocalDate.of(2027, 12, 31))).isFalse();
        assertThat(holidays.isEstimated(LocalDate.of(2028, 1, 3))).isTrue();
        // 2028: 1 January is a Saturday; Easter Sunday is 16 April; Christmas Day is a Monday.
        assertThat(holidays.name(LocalDate.of(2028, 1, 3))).isEqualTo("New Year's Day (substitute day)");
        assertThat(holidays.name(LocalDate.of(2028, 4, 14))).isEqualTo("Good Friday");
        assertThat(holidays.name(LocalDate.of(2028, 4, 17))).isEqualTo("Easter Monday");
        assertThat(holidays.name(LocalDate.of(2028, 5, 1))).isEqualTo("Early May bank holiday");
        assertThat(holidays.name(LocalDate.of(2028, 5, 29))).isEqualTo("Spring bank holiday");
        assertThat(holidays.name(LocalDate.of(2028, 8, 28))).isEqualTo("Summer bank holiday");
        assertThat(holidays.name(LocalDate.of(2028, 12, 25))).isEqualTo("Christmas Day");
        assertThat(holidays.name(LocalDate.of(2028, 12, 26))).isEqualTo("Boxing Day");
        assertThat(holidays.announced().lastKey()).isEqualTo(LocalDate.of(2027, 12, 28));
    }

    @Test
    void refusesYearsBeforeTheListAndFarAfterIt() {
        assertThatThrownBy(() -> holidays.isBankHoliday(LocalDate.of(2014, 12, 31)))
                .isInstanceOf(OutsideKnownYearsException.class)
                .hasMessage("wsoa knows the England and Wales bank holidays from 2015 (announced to 2027, worked out"
                        + " from the usual rules to 2100), and 2014-12-31 is outside them");
        // "No name" would claim that Christmas 2101 is an ordinary day.
        assertThatThrownBy(() -> holidays.name(LocalDate.of(2101, 12, 25)))
                .isInstanceOf(OutsideKnownYearsException.class);
    }

    @Test
    void aListFromGovUkReplacesTheYearsItHoldsAndOneOffDaysAreAdded() {
        BankHolidays later = holidays.with(
                java.util.Map.of(LocalDate.of(2028, 1, 3), "New Year's Day (substitute day)",
                        LocalDate.of(2028, 6, 9), "A proclaimed day"),
                java.util.Map.of(LocalDate.of(2029, 7, 2), "Another one-off day"));

        assertThat(later.lastAnnouncedYear()).isEqualTo(2028);
        assertThat(later.isEstimated(LocalDate.of(2028, 6, 9))).isFalse();
        assertThat(later.isBankHoliday(LocalDate.of(2028, 6, 9))).isTrue();
        // The file holds 2028 whole: the days it leaves out are not bank holidays.
        assertThat(later.isBankHoliday(LocalDate.of(2028, 4, 14))).isFalse();
        assertThat(later.isEstimated(LocalDate.of(2029, 7, 2))).isTrue();
        assertThat(later.name(LocalDate.of(2029, 7, 2))).isEqualTo("Another one-off day");
        assertThat(later.name(LocalDate.of(2029, 5, 28))).isEqualTo("Spring bank holiday");
        assertThat(holidays.isBankHoliday(LocalDate.of(2029, 7, 2))).as("the bundled list is unchanged").isFalse();
    }
}
