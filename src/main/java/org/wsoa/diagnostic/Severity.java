package org.wsoa.diagnostic;

/**
 * How serious a finding is. Errors fail validation; warnings fail it only with {@code --strict};
 * notes never do: they tell the authors something they need not act on.
 */
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    NOTE("note");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    /** The word printed in reports: {@code error}, {@code warning} or {@code note}. */
    public String code() {
        return code;
    }

    /** Whether a finding of this severity fails validation: an error, or a warning with {@code strict}. */
    public boolean fails(boolean strict) {
        return this == ERROR || this == WARNING && strict;
    }
}
