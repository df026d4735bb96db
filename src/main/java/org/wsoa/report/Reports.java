package org.wsoa.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wsoa.diagnostic.Severity;
import org.wsoa.load.LoadChecks;
import org.wsoa.rules.Rule;
import org.wsoa.rules.RuleSet;
import org.wsoa.rules.Validator;

/** The report formats by the names {@code --format} takes. */
public final class Reports {

    public static final List<String> NAMES = List.of("text", "json", "sarif", "github", "junit");

    private Reports() {
    }

    /** The report for {@code name}, or null if there is none. */
    public static Report named(String name, boolean colour, RuleSet rules) {
        return switch (name) {
            case "text" -> new TextReport(colour);
            case "json" -> new JsonReport();
            case "sarif" -> new SarifReport(describe(rules));
            case "github" -> new GithubReport();
            case "junit" -> new JunitReport(describe(rules));
            default -> null;
        };
    }

    /** Every check that can report a finding, loader and rules, with its summary and default level. */
    public record Check(String id, String summary, Severity severity) {
    }

    static List<Check> describe(RuleSet rules) {
        Map<String, Check> checks = new LinkedHashMap<>();
        LoadChecks.SUMMARIES.forEach((id, summary) -> checks.put(id, new Check(id, summary, Severity.ERROR)));
        checks.put(Validator.SETTINGS_RULE, new Check(Validator.SETTINGS_RULE,
                "The validation settings in plan.yaml name rules and limits that exist.", Severity.ERROR));
        for (Rule rule : rules.rules()) {
            checks.put(rule.id(), new Check(rule.id(), rule.summary(), rule.severity()));
        }
        return List.copyOf(checks.values());
    }
}
