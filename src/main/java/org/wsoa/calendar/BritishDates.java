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

    private BritishDates() {
    }

    /**
     * The names the UK locale gives, written out here: the formatters load the JDK's locale data, a
     * noticeable part of a short run, and a plan's checks format dates in many of their messages.
     * {@code BritishDatesTest} compares the two for every day of three centuries; a year that is
     * not four digits goes to the formatter.
     */
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    /** "Friday 24 December 2021". */
    public static String format(LocalDate date) {
        if (!fourDigits(date.getYear())) {
            return LONG.format(date);
        }
        return DAYS[date.getDayOfWeek().ordinal()] + " " + date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1]
                + " " + date.getYear();
    }

    /** "24 December 2021", without the weekday. */
    public static String formatShort(LocalDate date) {
        if (!fourDigits(date.getYear())) {
            return SHORT.format(date);
        }
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** "August 2026", for dates that are only expected about then. */
    public static String formatMonth(LocalDate date) {
        if (!fourDigits(date.getYear())) {
            return MONTH.format(date);
        }
        return MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** "August 2026". */
    private static String month(YearMonth month) {
        return fourDigits(month.getYear()) ? MONTHS[month.getMonthValue() - 1] + " " + month.getYear() : MONTH.format(month);
    }

    private static boolean fourDigits(int year) {
        return year >= 1000 && year <= 9999;
    }

    /**
     * A run of whole months: "March 2022", "January to March 2022", "October 2021 to March 2022".
     */
    public static String months(YearMonth first, YearMonth last) {
        if (first.equals(last)) {
            return month(first);
        }
        String from = first.getYear() == last.getYear() ? MONTHS[first.getMonthValue() - 1] : month(first);
        return from + " to " + month(last);
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
                        + " " + month(month)));
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
