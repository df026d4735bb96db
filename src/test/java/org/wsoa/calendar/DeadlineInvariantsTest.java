package org.wsoa.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * What must hold for every count the tool can make: each start date of the known years (the
 * whole space, about 4,700 days, so no random sampling is needed) with 70 working days, and
 * shorter counts. The expected values are worked out a second, plainer way: walking the
 * calendar day by day and asking whether each day is a working day.
 */
class DeadlineInvariantsTest {

    private static final WorkingDays CALENDAR = WorkingDays.englandAndWales();
    private static final BankHolidays HOLIDAYS = CALENDAR.holidays();

    /** Every start date whose 70 working days end inside the known years. */
    private static void forEveryStartDate(Consumer<LocalDate> check) {
        LocalDate last = LocalDate.of(HOLIDAYS.lastAnnouncedYear(), 9, 1);
        for (LocalDate from = LocalDate.of(HOLIDAYS.firstYear(), 1, 1); !from.isAfter(last); from = from.plusDays(1)) {
            check.accept(from);
        }
    }

    @Test
    void seventyWorkingDaysEndOnAWorkingDayWithSeventyWorkingDaysAfterTheStart() {
        forEveryStartDate(from -> {
            Deadline deadline = Deadline.workingDays(from, 70, CALENDAR);
            List<LocalDate> between = from.plusDays(1).datesUntil(deadline.due().plusDays(1)).toList();

            assertThat(CALENDAR.isWorkingDay(deadline.due())).as("due %s from %s", deadline.due(), from).isTrue();
            assertThat(between.stream().filter(CALENDAR::isWorkingDay).count()).as("from %s", from).isEqualTo(70);
            assertThat(deadline.skipped()).as("from %s", from).containsExactlyElementsOf(
                    between.stream().filter(d -> !WorkingDays.isWeekend(d) && HOLIDAYS.isBankHoliday(d)).toList());
        });
    }

    @Test
    void theExplanationNamesTheStartTheSkippedDaysAndTheDueDate() {
        forEveryStartDate(from -> {
            Deadline deadline = Deadline.workingDays(from, 70, CALENDAR);
            String explanation = deadline.explanation();

            assertThat(explanation).startsWith("70 working days after " + BritishDates.format(from) + ", ")
                    .endsWith(": " + BritishDates.format(deadline.due()));
            if (deadline.skipped().isEmpty()) {
                assertThat(explanation).contains(", with no bank holiday in between: ");
            } else {
                assertThat(explanation).contains(", skipping the bank holiday"
                        + (deadline.skipped().size() == 1 ? " " : "s ") + BritishDates.list(deadline.skipped()) + ": ");
            }
        });
    }

    @Test
    void oneMoreDayIsTheNextWorkingDay() {
        forEveryStartDate(from -> {
            LocalDate previous = from;
            for (int days = 1; days <= 25; days++) {
                LocalDate due = Deadline.workingDays(from, days, CALENDAR).due();
                assertThat(due).as("%d days from %s", days, from).isAfter(previous);
                assertThat(previous.plusDays(1).datesUntil(due).filter(CALENDAR::isWorkingDay))
                        .as("working days between %s and %s", previous, due).isEmpty();
                previous = due;
            }
        });
    }
}
