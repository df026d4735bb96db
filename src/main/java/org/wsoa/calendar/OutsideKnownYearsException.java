package org.wsoa.calendar;

/** A date falls in a year whose bank holidays the tool does not know, so it cannot count working days. */
public final class OutsideKnownYearsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OutsideKnownYearsException(String message) {
        super(message, null, false, false);
    }
}
