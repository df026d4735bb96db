package org.wsoa.publish;

/** Another build holds the output directory's lock, and did not let it go in the time given. */
public final class OutputBusyException extends Exception {
    private static final long serialVersionUID = 1L;

    OutputBusyException(String message) {
        super(message, null, false, false);
    }
}
