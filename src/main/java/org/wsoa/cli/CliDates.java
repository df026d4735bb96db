package org.wsoa.cli;

import java.time.LocalDate;
import java.time.Period;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsoa.calendar.IsoDates;

/** Reads dates given on the command line, with the same rules and messages as plan files. */
final class CliDates {

    private static final Pattern PERIOD = Pattern.compile("(\\d{1,4})\\s*([dwmDWM])");

    private CliDates() {
    }

    /** A date given on the command line that is not YYYY-MM-DD; the message says what to write. */
    static final class BadDateException extends Exception {
        private static final long serialVersionUID = 1L;

        BadDateException(String message) {
            super(message, null, false, false);
        }
    }

    static LocalDate parse(String text) throws BadDateException {
        try {
            return IsoDates.parse(text);
        } catch (IsoDates.BadDateException e) {
            throw new BadDateException("is written `" + text + "`; " + e.getMessage());
        }
    }

    /**
     * A length of time given on the command line as a whole number of days, weeks or months:
     * {@code 42d}, {@code 6w}, {@code 2m}; at least one day, at most ten years.
     */
    static Period period(String text) throws BadDateException {
        Matcher period = PERIOD.matcher(text.strip());
        if (!period.matches()) {
            throw new BadDateException("is written `" + text + "`; give a number of days, weeks or months, such as 42d,"
                    + " 6w or 2m");
        }
        int n = Integer.parseInt(period.group(1));
        Period length = switch (Character.toLowerCase(period.group(2).charAt(0))) {
            case 'd' -> Period.ofDays(n);
            case 'w' -> Period.ofWeeks(n);
            default -> Period.ofMonths(n);
        };
        if (n == 0 || length.toTotalMonths() > 120 || length.getDays() > 3660) {
            throw new BadDateException("is `" + text + "`; give at least one day and at most ten years");
        }
        return length;
    }
}
