package org.wsoa.model;

import java.time.Month;
import java.time.Period;
import java.util.List;
import java.util.Locale;

/**
 * How often something happens, read from the words plans use for a board's meetings
 * ({@code meets: six-weekly}) and a KPI's reporting ({@code frequency: monthly}).
 *
 * <p>Each has an interval, how long may pass between two occurrences. Those that KPIs are reported
 * by also have reporting periods fixed to the calendar: months; quarters (January to March...);
 * school terms, taken as September to December, January to April and May to August; halves of
 * the financial year (April to September, October to March); and financial years (April to
 * March).
 */
public enum Frequency {
    WEEKLY(List.of("weekly"), Period.ofWeeks(1), 0, null),
    FORTNIGHTLY(List.of("fortnightly", "two-weekly"), Period.ofWeeks(2), 0, null),
    MONTHLY(List.of("monthly"), Period.ofMonths(1), 1, Month.JANUARY),
    SIX_WEEKLY(List.of("six-weekly"), Period.ofWeeks(6), 0, null),
    EVERY_TWO_MONTHS(List.of("every two months", "bi-monthly", "two-monthly"), Period.ofMonths(2), 0, null),
    QUARTERLY(List.of("quarterly"), Period.ofMonths(3), 3, Month.JANUARY),
    TERMLY(List.of("termly"), Period.ofMonths(4), 4, Month.SEPTEMBER),
    SIX_MONTHLY(List.of("six-monthly"), Period.ofMonths(6), 6, Month.APRIL),
    ANNUALLY(List.of("annually", "annual", "yearly"), Period.ofYears(1), 12, Month.APRIL);

    private final List<String> words;
    private final Period interval;
    private final int periodMonths;
    private final Month firstMonth;

    Frequency(List<String> words, Period interval, int periodMonths, Month firstMonth) {
        this.words = words;
        this.interval = interval;
        this.periodMonths = periodMonths;
        this.firstMonth = firstMonth;
    }

    /** The frequency that {@code text} names ("monthly", "Six-weekly"), or null when it names none of them. */
    public static Frequency of(Text text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String written = text.value().strip().toLowerCase(Locale.ROOT);
        for (Frequency frequency : values()) {
            if (frequency.words.contains(written)) {
                return frequency;
            }
        }
        return null;
    }

    /** The word plans use for it. */
    public String word() {
        return words.get(0);
    }

    /** The longest time that may pass between two occurrences. */
    public Period interval() {
        return interval;
    }

    /** Whether a KPI reported this often has reporting periods fixed to the calendar. */
    public boolean hasReportingPeriods() {
        return periodMonths > 0;
    }

    /** The length of a reporting period in months; 0 when it has none. */
    public int periodMonths() {
        return periodMonths;
    }

    /** The month in which a reporting period starts (the others follow every {@link #periodMonths}); null when it has none. */
    public Month firstMonth() {
        return firstMonth;
    }
}
