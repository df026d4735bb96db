package org.wsoa.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A deadline counted from a start date: {@code days} working days (Monday to Friday, not bank
 * holidays in England and Wales) or calendar days after {@code from}. The start day itself is not
 * counted.
 *
 * @param skipped        the bank holidays on weekdays that the count passed over
 * @param estimatedYears the years the count passed through whose bank holidays are worked out from
 *                       the usual rules, not announced: a one-off holiday in them is not known
 */
public record Deadline(LocalDate from, int days, boolean calendarDays, LocalDate due, List<LocalDate> skipped,
                       List<Integer> estimatedYears) {

    public Deadline {
        skipped = List.copyOf(skipped);
        estimatedYears = List.copyOf(estimatedYears);
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
        TreeSet<Integer> estimated = new TreeSet<>();
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (calendar.holidays().isEstimated(day)) {
                calendar.holidays().check(day);
                estimated.add(day.getYear());
            }
            if (WorkingDays.isWeekend(day)) {
                continue;
            }
            if (calendar.holidays().isBankHoliday(day)) {
                skipped.add(day);
                continue;
            }
            counted++;
        }
        return new Deadline(from, days, false, day, skipped, new ArrayList<>(estimated));
    }

    /** Counts {@code days} calendar days after {@code from}, as some older plans did. */
    public static Deadline calendarDays(LocalDate from, int days) {
        return new Deadline(from, days, true, from.plusDays(days), List.of(), List.of());
    }

    /**
     * A caution when the count passed through years whose bank holidays are worked out from the usual
     * rules, e.g. "the bank holidays of 2028 are worked out from the usual rules: a one-off holiday
     * announced later is not counted"; null when every year was as announced.
     */
    public String estimateCaution() {
        if (estimatedYears.isEmpty()) {
            return null;
        }
        List<String> years = estimatedYears.stream().map(String::valueOf).toList();
        return "the bank holidays of " + BritishDates.and(years) + " are worked out from the usual rules:"
                + " a one-off holiday announced later is not counted";
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
