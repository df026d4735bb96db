package org.wsoa.report;

import java.util.List;
import org.wsoa.rules.CheckRegistry;

/** The report formats by the names {@code --format} takes. */
public final class Reports {

    public static final List<String> NAMES = List.of("text", "json", "sarif", "github", "junit");

    private Reports() {
    }

    /** The report for {@code name}, or null if there is none; SARIF and JUnit list every check of the registry. */
    public static Report named(String name, boolean colour, CheckRegistry checks) {
        return switch (name) {
            case "text" -> new TextReport(colour);
            case "json" -> new JsonReport();
            case "sarif" -> new SarifReport(checks.checks());
            case "github" -> new GithubReport();
            case "junit" -> new JunitReport(checks.checks());
            default -> null;
        };
    }
}
