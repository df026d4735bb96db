package org.wsoa.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way dates are read from plan files: {@code YYYY-MM-DD}. Dates written the British way
 * are recognised only to tell the author exactly what to write instead.
 */
public final class IsoDates {

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4}|\\d{2})");
    /** The right order with the wrong separators or no leading zeros: 2023/03/31, 2023-3-31. */
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(\\d{4})[/.\\-](\\d{1,2})[/.\\-](\\d{1,2})");
    private static final Pattern WORDS = Pattern.compile(
            "(?:[A-Za-z]+day,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]+),?\\s+(\\d{4})");
    /** "March 31, 2023": not British, but it names one day only, so it can be put right. */
    private static final Pattern MONTH_FIRST_WORDS = Pattern.compile(
            "(?:[A-Za-z]+day,?\\s+)?([A-Za-z]+)\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");

    /** "Wednesday, 31st September, 2023" has 31 characters. */
    private static final int LONGEST_DATE = 40;

    /** A date that is not written YYYY-MM-DD; the message says what to write. */
    public static final class BadDateException extends Exception {
        private static final long serialVersionUID = 1L;

        BadDateException(String message) {
            super(message, null, false, false);
        }
    }

    private IsoDates() {
    }

    /**
     * Reads a date written {@code YYYY-MM-DD}.
     *
     * @throws BadDateException with a message such as "write dates as YYYY-MM-DD: 2023-03-31" when
     *                          the date is written another way, or names a day that does not exist
     */
    public static LocalDate parse(String text) throws BadDateException {
        String written = text == null ? "" : text.strip();
        // No date is written in more characters than this; a longer text is not tried against the
        // patterns below, so that their work stays small whatever the text.
        if (written.length() > LONGEST_DATE) {
            throw new BadDateException("write dates as YYYY-MM-DD, for example 2023-03-31");
        }
        if (isIsoShape(written)) {
            try {
                return iso(written);
            } catch (DateTimeException e) {
                throw new BadDateException("there is no such day in the calendar");
            }
        }
        LocalDate meant = guess(written);
        if (meant != null) {
            throw new BadDateException("write dates as YYYY-MM-DD: " + meant);
        }
        throw new BadDateException("write dates as YYYY-MM-DD, for example 2023-03-31");
    }

    /**
     * Whether {@code text} is four digits, a hyphen, two digits, a hyphen and two digits: what
     * {@code (\d{4})-(\d{2})-(\d{2})} matches, tested without a regular expression, since a plan's
     * hundreds of dates are read at the start of a run, before any of this code is compiled.
     */
    static boolean isIsoShape(String text) {
        if (text.length() != 10) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(i);
            if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The day {@code text} of {@link #isIsoShape} names, as {@code LocalDate.parse} reads it but without
     * its formatter.
     *
     * @throws DateTimeException if there is no such day in the calendar
     */
    static LocalDate iso(String text) {
        return LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    private static LocalDate guess(String written) {
        try {
            Matcher dmy = DAY_MONTH_YEAR.matcher(written);
            if (dmy.matches()) {
                int year = Integer.parseInt(dmy.group(3));
                return LocalDate.of(year < 100 ? 2000 + year : year, Integer.parseInt(dmy.group(2)),
                        Integer.parseInt(dmy.group(1)));
            }
            Matcher ymd = YEAR_MONTH_DAY.matcher(written);
            if (ymd.matches()) {
                return LocalDate.of(Integer.parseInt(ymd.group(1)), Integer.parseInt(ymd.group(2)),
                        Integer.parseInt(ymd.group(3)));
            }
            Matcher words = WORDS.matcher(written);
            if (words.matches()) {
                return named(words.group(3), words.group(2), words.group(1));
            }
            Matcher monthFirst = MONTH_FIRST_WORDS.matcher(written);
            if (monthFirst.matches()) {
                return named(monthFirst.group(3), monthFirst.group(1), monthFirst.group(2));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    private static LocalDate named(String year, String monthName, String day) {
        Month month = monthNamed(monthName);
        return month == null ? null : LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
    }

    private static Month monthNamed(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            String full = month.name().toLowerCase(Locale.ROOT);
            if (full.equals(lower) || lower.length() >= 3 && full.startsWith(lower)) {
                return month;
            }
        }
        return null;
    }
}
