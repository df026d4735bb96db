package org.wsoa.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Dates as British readers write them: "Friday 24 December 2021". The one formatter for people. */
public final class BritishDates {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter MONTH_ALONE = DateTimeFormatter.ofPattern("MMMM", Locale.UK);

    private BritishDates() {
    }

    /** "Friday 24 December 2021". */
    public static String format(LocalDate date) {
        return LONG.format(date);
    }

    /** "24 December 2021", without the weekday. */
    public static String formatShort(LocalDate date) {
        return SHORT.format(date);
    }

    /** "August 2026", for dates that are only expected about then. */
    public static String formatMonth(LocalDate date) {
        return MONTH.format(date);
    }

    /**
     * A run of whole months: "March 2022", "January to March 2022", "October 2021 to March 2022".
     */
    public static String months(YearMonth first, YearMonth last) {
        if (first.equals(last)) {
            return MONTH.format(first);
        }
        String from = first.getYear() == last.getYear() ? MONTH_ALONE.format(first) : MONTH.format(first);
        return from + " to " + MONTH.format(last);
    }

    /**
     * Several dates, those of a month together: "27 and 28 December 2021 and 3 January 2022".
     */
    public static String list(List<LocalDate> dates) {
        Map<YearMonth, List<LocalDate>> byMonth = new LinkedHashMap<>();
        for (LocalDate date : dates) {
            byMonth.computeIfAbsent(YearMonth.from(date), m -> new ArrayList<>()).add(date);
        }
        List<String> groups = new ArrayList<>();
        byMonth.forEach((month, days) -> groups.add(
                and(days.stream().map(d -> Integer.toString(d.getDayOfMonth())).collect(Collectors.toList()))
                        + " " + MONTH.format(month)));
        return and(groups);
    }

    /** "a", "a and b", "a, b and c". */
    public static String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
