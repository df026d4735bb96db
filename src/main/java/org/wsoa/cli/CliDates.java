package org.wsoa.cli;

import java.time.LocalDate;
import org.wsoa.calendar.IsoDates;

/** Reads dates given on the command line, with the same rules and messages as plan files. */
final class CliDates {

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
}
