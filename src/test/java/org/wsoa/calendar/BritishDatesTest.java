package org.wsoa.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BritishDatesTest {

    @Test
    void writesTheWeekdayDayMonthAndYear() {
        assertThat(BritishDates.format(LocalDate.of(2021, 12, 24))).isEqualTo("Friday 24 December 2021");
        assertThat(BritishDates.format(LocalDate.of(2022, 9, 5))).isEqualTo("Monday 5 September 2022");
        assertThat(BritishDates.formatShort(LocalDate.of(2022, 9, 5))).isEqualTo("5 September 2022");
    }

    @Test
    void listsDatesWithThoseOfOneMonthTogether() {
        assertThat(BritishDates.list(List.of(LocalDate.of(2021, 12, 27)))).isEqualTo("27 December 2021");
        assertThat(BritishDates.list(List.of(LocalDate.of(2021, 12, 27), LocalDate.of(2021, 12, 28),
                LocalDate.of(2022, 1, 3)))).isEqualTo("27 and 28 December 2021 and 3 January 2022");
        assertThat(BritishDates.list(List.of(LocalDate.of(2022, 4, 15), LocalDate.of(2022, 4, 18),
                LocalDate.of(2022, 5, 2), LocalDate.of(2022, 6, 2), LocalDate.of(2022, 6, 3))))
                .isEqualTo("15 and 18 April 2022, 2 May 2022 and 2 and 3 June 2022");
        assertThat(BritishDates.list(List.of(LocalDate.of(2022, 12, 26), LocalDate.of(2022, 12, 27),
                LocalDate.of(2023, 1, 2), LocalDate.of(2023, 4, 7), LocalDate.of(2023, 4, 10), LocalDate.of(2023, 5, 1),
                LocalDate.of(2023, 5, 8), LocalDate.of(2023, 5, 29), LocalDate.of(2023, 8, 28),
                LocalDate.of(2023, 12, 25), LocalDate.of(2023, 12, 26))))
                .isEqualTo("26 and 27 December 2022, 2 January 2023, 7 and 10 April 2023, 1, 8 and 29 May 2023,"
                        + " 28 August 2023 and 25 and 26 December 2023");
    }

    /** The names are written out in BritishDates; they must be what the UK locale's formatters give. */
    @Test
    void writesEveryDayAsTheUkLocaleDoes() {
        java.time.format.DateTimeFormatter formatLong = java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", java.util.Locale.UK);
        java.time.format.DateTimeFormatter formatShort = java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", java.util.Locale.UK);
        java.time.format.DateTimeFormatter formatMonth = java.time.format.DateTimeFormatter.ofPattern("MMMM uuuu", java.util.Locale.UK);
        for (LocalDate day = LocalDate.of(1900, 1, 1); day.getYear() < 2200; day = day.plusDays(1)) {
            assertThat(BritishDates.format(day)).isEqualTo(formatLong.format(day));
            assertThat(BritishDates.formatShort(day)).isEqualTo(formatShort.format(day));
            assertThat(BritishDates.formatMonth(day)).isEqualTo(formatMonth.format(day));
        }
        for (LocalDate day : List.of(LocalDate.of(999, 12, 31), LocalDate.of(1000, 1, 1), LocalDate.of(9999, 12, 31),
                LocalDate.of(10000, 1, 1), LocalDate.of(-1, 6, 1))) {
            assertThat(BritishDates.format(day)).isEqualTo(formatLong.format(day));
            assertThat(BritishDates.formatShort(day)).isEqualTo(formatShort.format(day));
            assertThat(BritishDates.formatMonth(day)).isEqualTo(formatMonth.format(day));
        }
        assertThat(BritishDates.months(java.time.YearMonth.of(2022, 1), java.time.YearMonth.of(2022, 3))).isEqualTo("January to March 2022");
        assertThat(BritishDates.months(java.time.YearMonth.of(2021, 10), java.time.YearMonth.of(2022, 3)))
                .isEqualTo("October 2021 to March 2022");
        assertThat(BritishDates.months(java.time.YearMonth.of(2022, 9), java.time.YearMonth.of(2022, 9))).isEqualTo("September 2022");
    }

    @Test
    void listsNothingAsNothing() {
        assertThat(BritishDates.list(List.of())).isEmpty();
    }
}
