package org.wsoa.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The bank holidays of England and Wales, from the GOV.UK list bundled with the tool. A plan in
 * England counts working days with these (Scotland and Northern Ireland have other lists).
 * Years outside the list are refused, never guessed: see {@link #check(LocalDate)}.
 */
public final class BankHolidays {

    private static final String RESOURCE = "/org/wsoa/calendar/england-and-wales.txt";
    private static final BankHolidays ENGLAND_AND_WALES = load();

    private final NavigableMap<LocalDate, String> days;
    private final int firstYear;
    private final int lastYear;

    private BankHolidays(NavigableMap<LocalDate, String> days) {
        this.days = Collections.unmodifiableNavigableMap(days);
        this.firstYear = days.firstKey().getYear();
        this.lastYear = days.lastKey().getYear();
    }

    /** The England and Wales list. */
    public static BankHolidays englandAndWales() {
        return ENGLAND_AND_WALES;
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    /** Every bank holiday known, in date order, with its name. */
    public NavigableMap<LocalDate, String> all() {
        return days;
    }

    /** Whether {@code date} is a bank holiday; the year must be one the list covers. */
    public boolean isBankHoliday(LocalDate date) {
        check(date);
        return days.containsKey(date);
    }

    /**
     * The holiday's name ("Easter Monday"), or null if {@code date} is not a bank holiday; the year
     * must be one the list covers, since "not a bank holiday" would otherwise be a guess.
     */
    public String name(LocalDate date) {
        check(date);
        return days.get(date);
    }

    /** Whether the list covers the year of {@code date}. */
    public boolean covers(LocalDate date) {
        return date.getYear() >= firstYear && date.getYear() <= lastYear;
    }

    /**
     * @throws OutsideKnownYearsException if the list does not cover the year of {@code date}
     */
    public void check(LocalDate date) {
        if (!covers(date)) {
            throw new OutsideKnownYearsException("wsoa knows the England and Wales bank holidays for " + firstYear
                    + " to " + lastYear + " only, and " + date + " is outside them");
        }
    }

    private static BankHolidays load() {
        NavigableMap<LocalDate, String> days = new TreeMap<>();
        try (InputStream in = BankHolidays.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the wsoa jar is missing " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                int space = entry.indexOf(' ');
                days.put(LocalDate.parse(entry.substring(0, space)), entry.substring(space + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BankHolidays(days);
    }

    @Override
    public String toString() {
        Map.Entry<LocalDate, String> first = days.firstEntry();
        return "England and Wales bank holidays " + firstYear + "-" + lastYear + " (from " + first.getKey() + ")";
    }
}
