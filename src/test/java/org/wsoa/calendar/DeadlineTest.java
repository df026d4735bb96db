package org.wsoa.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineTest {

    private final WorkingDays calendar = WorkingDays.englandAndWales();

    @ParameterizedTest(name = "{0} + 70 working days = {1}")
    @CsvSource({
        // Wolverhampton: inspected September 2021, statement due 16 February 2022.
        "2021-11-05, 2022-02-16",
        // Warwickshire: statement due 24 December 2021, a working day.
        "2021-09-17, 2021-12-24",
        // BCP: statement due 7 December 2021; the count starts the day after the August bank holiday.
        "2021-08-31, 2021-12-07",
        // Across Easter, the early May bank holiday and both 2022 jubilee days.
        "2022-03-01, 2022-06-14",
        // Across the State Funeral of 19 September 2022 and Christmas 2022.
        "2022-09-01, 2022-12-09",
        "2022-10-03, 2023-01-12",
        // Across the coronation bank holiday of 8 May 2023.
        "2023-01-20, 2023-05-03",
    })
    void countsSeventyWorkingDaysFromReceipt(LocalDate received, LocalDate due) {
        assertThat(Deadline.workingDays(received, 70, calendar).due()).isEqualTo(due);
    }

    @Test
    void explainsHowItCounted() {
        Deadline deadline = Deadline.workingDays(LocalDate.of(2021, 11, 5), 70, calendar);

        assertThat(deadline.skipped()).containsExactly(LocalDate.of(2021, 12, 27), LocalDate.of(2021, 12, 28),
                LocalDate.of(2022, 1, 3));
        assertThat(deadline.explanation()).isEqualTo("70 working days after Friday 5 November 2021, skipping the bank"
                + " holidays 27 and 28 December 2021 and 3 January 2022: Wednesday 16 February 2022");
    }

    @Test
    void explainsACountWithOneOrNoBankHoliday() {
        assertThat(Deadline.workingDays(LocalDate.of(2021, 9, 17), 70, calendar).explanation())
                .isEqualTo("70 working days after Friday 17 September 2021, with no bank holiday in between:"
                        + " Friday 24 December 2021");
        assertThat(Deadline.workingDays(LocalDate.of(2021, 8, 27), 1, calendar).explanation())
                .isEqualTo("1 working day after Friday 27 August 2021, skipping the bank holiday 30 August 2021:"
                        + " Tuesday 31 August 2021");
    }

    @Test
    void listsThreeMonthsOfHolidays() {
        Deadline deadline = Deadline.workingDays(LocalDate.of(2022, 3, 1), 70, calendar);

        assertThat(deadline.explanation()).isEqualTo("70 working days after Tuesday 1 March 2022, skipping the bank"
                + " holidays 15 and 18 April 2022, 2 May 2022 and 2 and 3 June 2022: Tuesday 14 June 2022");
    }

    @Test
    void countsCalendarDaysForOlderPlans() {
        Deadline deadline = Deadline.calendarDays(LocalDate.of(2018, 2, 8), 70);

        assertThat(deadline.due()).isEqualTo(LocalDate.of(2018, 4, 19));
        assertThat(deadline.explanation()).isEqualTo("70 calendar days after Thursday 8 February 2018:"
                + " Thursday 19 April 2018");
    }

    @Test
    void aReportReceivedOnAWeekendStartsTheCountOnMonday() {
        assertThat(Deadline.workingDays(LocalDate.of(2021, 11, 6), 1, calendar).due()).isEqualTo(LocalDate.of(2021, 11, 8));
        assertThat(Deadline.workingDays(LocalDate.of(2021, 11, 7), 1, calendar).due()).isEqualTo(LocalDate.of(2021, 11, 8));
    }

    @Test
    void countsIntoTheYearsAfterTheListAndSaysWhichWereWorkedOut() {
        Deadline deadline = Deadline.workingDays(LocalDate.of(2027, 11, 1), 70, calendar);

        assertThat(deadline.due()).isEqualTo(LocalDate.of(2028, 2, 10));
        assertThat(deadline.estimatedYears()).containsExactly(2028);
        assertThat(Deadline.workingDays(LocalDate.of(2021, 11, 5), 70, calendar).estimateCaution()).isNull();
    }

    @Test
    void refusesToCountIntoAYearItDoesNotCover() {
        assertThatThrownBy(() -> Deadline.workingDays(LocalDate.of(2100, 11, 1), 70, calendar))
                .isInstanceOf(OutsideKnownYearsException.class)
                .hasMessageContaining("and 2101-01-01 is outside them");
    }
}
