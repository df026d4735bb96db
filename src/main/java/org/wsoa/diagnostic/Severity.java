package org.wsoa.diagnostic;

/** How serious a finding is. Errors fail validation; warnings fail it only with {@code --strict}. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    /** The word printed in reports: {@code error} or {@code warning}. */
    public String code() {
        return code;
    }
}
