package org.wsoa.report;

import java.util.List;

/** The report formats by the names {@code --format} takes. */
public final class Reports {

    public static final List<String> NAMES = List.of("text");

    private Reports() {
    }

    /** The report for {@code name}, or null if there is none. */
    public static Report named(String name, boolean colour) {
        return switch (name) {
            case "text" -> new TextReport(colour);
            default -> null;
        };
    }
}
