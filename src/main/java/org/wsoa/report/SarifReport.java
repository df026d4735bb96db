package org.wsoa.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wsoa.diagnostic.Check;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.diagnostic.Severity;
import org.wsoa.rules.Finding;
import org.wsoa.rules.Validation;

/**
 * SARIF 2.1.0, which GitHub code scanning (and other tools) read to show each finding on its line.
 * Accepted findings follow the others, each with a suppression (status {@code accepted}) that
 * gives the authors' reason, which code scanning shows apart from the open alerts.
 */
final class SarifReport implements Report {

    private final List<Check> checks;

    SarifReport(List<Check> checks) {
        this.checks = checks;
    }

    @Override
    public void write(List<Validation> validations, List<Unreadable> failures, boolean strict, PrintWriter out) {
        ObjectNode root = JsonReport.JSON.createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "wsoa");
        String version = SarifReport.class.getPackage().getImplementationVersion();
        driver.put("semanticVersion", version == null ? "0.0.0" : version);
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> index = new HashMap<>();
        for (Check check : checks) {
            index.put(check.id(), rules.size());
            ObjectNode rule = rules.addObject();
            rule.put("id", check.id());
            rule.putObject("shortDescription").put("text", check.summary());
            rule.putObject("help").put("text", "See docs/rules.md#" + check.id() + " in the wsoa repository.");
            rule.putObject("defaultConfiguration").put("level", level(check.severity()));
        }
        ArrayNode results = run.putArray("results");
        for (Validation validation : validations) {
            for (Finding finding : validation.openThenAccepted()) {
                Diagnostic d = finding.diagnostic();
                ObjectNode result = results.addObject();
                result.put("ruleId", d.ruleId());
                Integer ruleIndex = index.get(d.ruleId());
                if (ruleIndex != null) {
                    result.put("ruleIndex", ruleIndex);
                }
                result.put("level", level(d.severity()));
                result.putObject("message").put("text", d.hint() == null ? d.message() : d.message() + ". " + d.hint());
                ObjectNode location = result.putArray("locations").addObject().putObject("physicalLocation");
                location.putObject("artifactLocation").put("uri", d.at().file().replace('\\', '/'));
                if (d.at().line() > 0) {
                    location.putObject("region").put("startLine", d.at().line()).put("startColumn", d.at().column());
                }
                if (finding.accepted()) {
                    result.putArray("suppressions").addObject().put("kind", "inSource").put("status", Finding.ACCEPTED)
                            .put("justification", finding.reason());
                }
            }
        }
        try {
            out.println(JsonReport.JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "note";
        };
    }
}
