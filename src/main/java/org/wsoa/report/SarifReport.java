package org.wsoa.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wsoa.diagnostic.Check;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.diagnostic.Severity;
import org.wsoa.rules.CheckDocs;
import org.wsoa.rules.Finding;
import org.wsoa.rules.Validation;

/**
 * SARIF 2.1.0, which GitHub code scanning (and other tools) read to show each finding on its line.
 * Locations are relative to {@value SarifLocations#SRCROOT} (see {@link SarifLocations}); each rule
 * carries its section of docs/rules.md as help, and a link to it. Accepted findings follow the
 * others, each with a suppression (status {@code accepted}) that gives the authors' reason, which
 * code scanning shows apart from the open alerts.
 */
final class SarifReport implements Report {

    private final List<Check> checks;
    private final SarifLocations locations;
    private final Path documentation;

    /**
     * @param documentation the folder of wsoa's documentation (README.md beside it, rules.md in it),
     *                      which the report links to, or null to give no links
     */
    SarifReport(List<Check> checks, SarifLocations locations, Path documentation) {
        this.checks = checks;
        this.locations = locations;
        this.documentation = documentation;
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
        if (documentation != null) {
            driver.put("informationUri", SarifLocations.fileUri(documentation.resolveSibling("README.md"), false));
        }
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> index = new HashMap<>();
        for (Check check : checks) {
            index.put(check.id(), rules.size());
            rules.add(rule(check));
        }
        run.putObject("originalUriBaseIds").putObject(SarifLocations.SRCROOT).put("uri", locations.baseUri());
        ArrayNode results = run.putArray("results");
        for (Validation validation : validations) {
            for (Finding finding : validation.openThenAccepted()) {
                results.add(result(finding, index));
            }
        }
        try {
            out.println(JsonReport.JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode rule(Check check) {
        ObjectNode rule = JsonReport.JSON.createObjectNode();
        rule.put("id", check.id());
        rule.putObject("shortDescription").put("text", check.summary());
        String explanation = CheckDocs.explanation(check.id());
        if (explanation != null) {
            // docs/rules.md's section, as `wsoa rules ID` prints it; its code is indented, which is Markdown too.
            rule.putObject("help").put("text", explanation).put("markdown", explanation);
        }
        if (documentation != null) {
            rule.put("helpUri", SarifLocations.fileUri(documentation.resolve("rules.md"), false) + "#" + check.id());
        }
        rule.putObject("defaultConfiguration").put("level", level(check.severity()));
        return rule;
    }

    private ObjectNode result(Finding finding, Map<String, Integer> index) {
        Diagnostic d = finding.diagnostic();
        ObjectNode result = JsonReport.JSON.createObjectNode();
        result.put("ruleId", d.ruleId());
        Integer ruleIndex = index.get(d.ruleId());
        if (ruleIndex != null) {
            result.put("ruleIndex", ruleIndex);
        }
        result.put("level", level(d.severity()));
        result.putObject("message").put("text", d.hint() == null ? d.message() : d.message() + ". " + d.hint());
        ObjectNode location = result.putArray("locations").addObject().putObject("physicalLocation");
        SarifLocations.Location where = locations.of(d.at().file());
        ObjectNode artifact = location.putObject("artifactLocation").put("uri", where.uri());
        if (where.uriBaseId() != null) {
            artifact.put("uriBaseId", where.uriBaseId());
        }
        if (d.at().line() > 0) {
            location.putObject("region").put("startLine", d.at().line()).put("startColumn", d.at().column());
        }
        if (finding.accepted()) {
            result.putArray("suppressions").addObject().put("kind", "inSource").put("status", Finding.ACCEPTED)
                    .put("justification", finding.reason());
        }
        return result;
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "note";
        };
    }
}
