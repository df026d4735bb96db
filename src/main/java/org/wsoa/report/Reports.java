package org.wsoa.report;

import java.nio.file.Path;
import java.util.List;
import org.wsoa.diagnostic.Check;
import org.wsoa.rules.CheckRegistry;

/** The report formats by the names {@code --format} takes. */
public final class Reports {

    public static final List<String> NAMES = List.of("text", "json", "sarif", "github", "junit");

    private Reports() {
    }

    /**
     * The report for {@code name}, or null if there is none; SARIF and JUnit list every check of the
     * registry, and SARIF writes locations relative to the working directory and no documentation links.
     */
    public static Report named(String name, boolean colour, CheckRegistry checks) {
        return named(name, colour, checks, SarifLocations.ofWorkingDirectory(), null);
    }

    /**
     * The report for {@code name}, or null if there is none; SARIF writes locations relative to
     * {@code locations}' base and links each check to its section of the rules.md in
     * {@code documentation}, the folder of wsoa's documentation (null for no links).
     */
    public static Report named(String name, boolean colour, CheckRegistry checks, SarifLocations locations,
                               Path documentation) {
        return named(name, colour, checks.checks(), locations, documentation);
    }

    /**
     * The report for {@code name} of findings of {@code checks} (e.g. those of {@code wsoa build
     * --verify}), or null if there is none; SARIF and JUnit list each of them.
     */
    public static Report named(String name, boolean colour, List<Check> checks, SarifLocations locations,
                               Path documentation) {
        return switch (name) {
            case "text" -> new TextReport(colour);
            case "json" -> new JsonReport();
            case "sarif" -> new SarifReport(checks, locations, documentation);
            case "github" -> new GithubReport();
            case "junit" -> new JunitReport(checks);
            default -> null;
        };
    }
}
