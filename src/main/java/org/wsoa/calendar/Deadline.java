package org.wsoa.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A deadline counted from a start date: {@code days} working days (Monday to Friday, not bank
 * holidays in England and Wales) or calendar days after {@code from}. The start day itself is not
 * counted.
 *
 * @param skipped the bank holidays on weekdays that the count passed over
 */
public record Deadline(LocalDate from, int days, boolean calendarDays, LocalDate due, List<LocalDate> skipped) {

    public Deadline {
        skipped = List.copyOf(skipped);
    }

    /**
     * Counts {@code days} working days after {@code from}.
     *
     * @throws OutsideKnownYearsException if the count reaches a year whose bank holidays are not known
     */
    public static Deadline workingDays(LocalDate from, int days, WorkingDays calendar) {
        if (days < 0) {
            throw new IllegalArgumentException("a deadline counts forward: " + days + " days");
        }
        List<LocalDate> skipped = new ArrayList<>();
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (WorkingDays.isWeekend(day)) {
                continue;
            }
            if (calendar.holidays().isBankHoliday(day)) {
                skipped.add(day);
                continue;
            }
            counted++;
        }
        return new Deadline(from, days, false, day, skipped);
    }

    /** Counts {@code days} calendar days after {@code from}, as some older plans did. */
    public static Deadline calendarDays(LocalDate from, int days) {
        return new Deadline(from, days, true, from.plusDays(days), List.of());
    }

    /**
     * How it was counted, e.g. "70 working days after Friday 5 November 2021, skipping the bank
     * holidays 27 and 28 December 2021 and 3 January 2022: Wednesday 16 February 2022".
     */
    public String explanation() {
        StringBuilder text = new StringBuilder();
        text.append(days).append(calendarDays ? " calendar day" : " working day").append(days == 1 ? "" : "s")
                .append(" after ").append(BritishDates.format(from));
        if (!calendarDays) {
            if (skipped.isEmpty()) {
                text.append(", with no bank holiday in between");
            } else {
                text.append(", skipping the bank ").append(skipped.size() == 1 ? "holiday " : "holidays ")
                        .append(BritishDates.list(skipped));
            }
        }
        return text.append(": ").append(BritishDates.format(due)).toString();
    }
}
