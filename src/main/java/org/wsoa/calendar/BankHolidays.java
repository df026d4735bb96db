package org.wsoa.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bank holidays of England and Wales. The years of the GOV.UK list bundled with the tool (and of
 * any list or days the user adds) are as announced; the years after them, up to {@value #LAST_YEAR},
 * are worked out from the usual rules ({@link HolidayRules}) and are <em>estimated</em>: a one-off
 * holiday announced later is not known. Years before the list are refused, never guessed: see
 * {@link #check(LocalDate)}. A plan in England counts working days with these (Scotland and Northern
 * Ireland have other lists).
 */
public final class BankHolidays {

    /** The last year whose bank holidays wsoa will work out from the usual rules. */
    public static final int LAST_YEAR = 2100;

    private static final String RESOURCE = "/org/wsoa/calendar/england-and-wales.txt";
    private static final String ANNOUNCED_RESOURCE = "/org/wsoa/calendar/announced.txt";
    /** The day each holiday that the usual rules do not give (one added or moved by proclamation) was announced. */
    private static final NavigableMap<LocalDate, LocalDate> ANNOUNCED_ON = announcements();
    private static final BankHolidays ENGLAND_AND_WALES = new BankHolidays(load(RESOURCE), Map.of());

    private final NavigableMap<LocalDate, String> announced;
    /** The days of the years as announced, with the extra days that fall in them. */
    private final NavigableMap<LocalDate, String> announcedDays;
    /** The extra days that fall in estimated years, added to those years' usual days. */
    private final Map<LocalDate, String> extraEstimated;
    /**
     * Each estimated year's days, worked out when first asked for: a plan needs a handful of years,
     * and working out all of them up to {@value #LAST_YEAR} took a noticeable part of a short run.
     */
    private final ConcurrentHashMap<Integer, NavigableMap<LocalDate, String>> estimatedYears = new ConcurrentHashMap<>();
    private final Set<Integer> announcedYears = new TreeSet<>();
    private final int firstYear;
    private final int lastAnnouncedYear;

    /**
     * @param announced whole years as announced (the bundled list, or a GOV.UK file)
     * @param extra     single days added to whatever year they fall in (a one-off holiday)
     */
    private BankHolidays(NavigableMap<LocalDate, String> announced, Map<LocalDate, String> extra) {
        this.firstYear = announced.firstKey().getYear();
        this.lastAnnouncedYear = announced.lastKey().getYear();
        announced.keySet().forEach(day -> announcedYears.add(day.getYear()));
        NavigableMap<LocalDate, String> all = new TreeMap<>(announced);
        Map<LocalDate, String> estimated = new HashMap<>();
        NavigableMap<LocalDate, String> known = new TreeMap<>(announced);
        extra.forEach((day, name) -> {
            if (day.getYear() >= firstYear && day.getYear() <= LAST_YEAR) {
                if (announcedYears.contains(day.getYear())) {
                    all.putIfAbsent(day, name);
                } else {
                    estimated.put(day, name);
                }
                known.putIfAbsent(day, name);
            }
        });
        this.announced = Collections.unmodifiableNavigableMap(known);
        this.announcedDays = all;
        this.extraEstimated = estimated;
    }

    /** The name of the bank holiday on {@code date} (a year wsoa covers), or null. */
    private String day(LocalDate date) {
        int year = date.getYear();
        if (announcedYears.contains(year)) {
            return announcedDays.get(date);
        }
        return estimatedYears.computeIfAbsent(year, this::estimatedYear).get(date);
    }

    /** The usual days of {@code year}, with any extra day the user added in it (the usual day's name first). */
    private NavigableMap<LocalDate, String> estimatedYear(int year) {
        NavigableMap<LocalDate, String> days = HolidayRules.usualDays(year);
        extraEstimated.forEach((day, name) -> {
            if (day.getYear() == year) {
                days.putIfAbsent(day, name);
            }
        });
        return days;
    }

    /** The England and Wales list bundled with wsoa. */
    public static BankHolidays englandAndWales() {
        return ENGLAND_AND_WALES;
    }

    /**
     * These holidays with more that the user knows of: {@code years} are whole years as announced (in
     * GOV.UK's list, say), which replace the bundled or estimated days of those years; {@code extra}
     * are single days (a one-off holiday) added to whatever year they fall in.
     */
    public BankHolidays with(Map<LocalDate, String> years, Map<LocalDate, String> extra) {
        if (years.isEmpty() && extra.isEmpty()) {
            return this;
        }
        NavigableMap<LocalDate, String> wholeYears = new TreeMap<>(announced);
        TreeSet<Integer> replaced = new TreeSet<>();
        years.keySet().forEach(day -> replaced.add(day.getYear()));
        wholeYears.keySet().removeIf(day -> replaced.contains(day.getYear()));
        wholeYears.putAll(years);
        return new BankHolidays(wholeYears, extra);
    }

    public int firstYear() {
        return firstYear;
    }

    /** The last year whose holidays are as announced; later years are estimated. */
    public int lastAnnouncedYear() {
        return lastAnnouncedYear;
    }

    /** Every bank holiday as announced (not the estimated years), in date order, with its name. */
    public NavigableMap<LocalDate, String> announced() {
        return announced;
    }

    /** Whether {@code date} is a bank holiday; the year must be one wsoa covers. */
    public boolean isBankHoliday(LocalDate date) {
        check(date);
        return day(date) != null;
    }

    /**
     * The holiday's name ("Easter Monday"), or null if {@code date} is not a bank holiday; the year
     * must be one wsoa covers, since "not a bank holiday" would otherwise be a guess.
     */
    public String name(LocalDate date) {
        check(date);
        return day(date);
    }

    /** Whether wsoa covers the year of {@code date}, as announced or estimated. */
    public boolean covers(LocalDate date) {
        return date.getYear() >= firstYear && date.getYear() <= LAST_YEAR;
    }

    /** Whether the holidays of the year of {@code date} are worked out from the usual rules, not announced. */
    public boolean isEstimated(LocalDate date) {
        return !announcedYears.contains(date.getYear());
    }

    /**
     * The day the bank holiday {@code date} was announced, for a day that the usual rules do not give
     * (a one-off holiday, or a holiday moved, by proclamation); null for any other day. A plan approved
     * before then could not have known of it.
     */
    public LocalDate announcedOn(LocalDate date) {
        return covers(date) && day(date) != null ? ANNOUNCED_ON.get(date) : null;
    }

    /**
     * @throws OutsideKnownYearsException if wsoa does not cover the year of {@code date}
     */
    public void check(LocalDate date) {
        if (!covers(date)) {
            throw new OutsideKnownYearsException("wsoa knows the England and Wales bank holidays from " + firstYear
                    + " (announced to " + lastAnnouncedYear + ", worked out from the usual rules to " + LAST_YEAR
                    + "), and " + date + " is outside them");
        }
    }

    private static NavigableMap<LocalDate, LocalDate> announcements() {
        NavigableMap<LocalDate, LocalDate> announced = new TreeMap<>();
        // Each line: the holiday, the day it was announced, then what was announced.
        load(ANNOUNCED_RESOURCE).forEach((day, rest) -> announced.put(day, date(rest.substring(0,
                rest.indexOf(' ')))));
        return Collections.unmodifiableNavigableMap(announced);
    }

    /** A list of days, one a line: the date, a space and the rest of the line; {@code #} starts a comment line. */
    private static NavigableMap<LocalDate, String> load(String resource) {
        NavigableMap<LocalDate, String> days = new TreeMap<>();
        try (InputStream in = BankHolidays.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the wsoa jar is missing " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                int space = entry.indexOf(' ');
                days.put(date(entry.substring(0, space)), entry.substring(space + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return days;
    }

    /** A date of the bundled lists, YYYY-MM-DD. */
    private static LocalDate date(String text) {
        try {
            if (IsoDates.isIsoShape(text)) {
                return IsoDates.iso(text);
            }
        } catch (java.time.DateTimeException e) {
            // reported below
        }
        throw new IllegalStateException("the wsoa jar's list of bank holidays has `" + text + "` where a date belongs");
    }

    @Override
    public String toString() {
        return "England and Wales bank holidays " + firstYear + "-" + lastAnnouncedYear + " as announced, to "
                + LAST_YEAR + " from the usual rules";
    }
}
