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

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4}|\\d{2})");
    private static final Pattern WORDS = Pattern.compile(
            "(?:[A-Za-z]+day,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]+),?\\s+(\\d{4})");

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
        Matcher iso = ISO.matcher(written);
        if (iso.matches()) {
            try {
                return LocalDate.parse(written);
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

    private static LocalDate guess(String written) {
        try {
            Matcher dmy = DAY_MONTH_YEAR.matcher(written);
            if (dmy.matches()) {
                int year = Integer.parseInt(dmy.group(3));
                return LocalDate.of(year < 100 ? 2000 + year : year, Integer.parseInt(dmy.group(2)),
                        Integer.parseInt(dmy.group(1)));
            }
            Matcher words = WORDS.matcher(written);
            if (words.matches()) {
                Month month = monthNamed(words.group(2));
                return month == null ? null
                        : LocalDate.of(Integer.parseInt(words.group(3)), month, Integer.parseInt(words.group(1)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
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
