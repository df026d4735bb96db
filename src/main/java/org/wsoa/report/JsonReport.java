package org.wsoa.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.rules.Finding;
import org.wsoa.rules.Validation;

/**
 * Every finding as JSON, for scripts and dashboards: per plan, the open findings under
 * {@code findings} and, apart from them, the accepted ones with the authors' reason under
 * {@code acceptedFindings}, each counted ({@code errors}, {@code warnings}, {@code accepted}).
 */
final class JsonReport implements Report {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void write(List<Validation> validations, List<Unreadable> failures, boolean strict, PrintWriter out) {
        ObjectNode root = JSON.createObjectNode();
        root.put("strict", strict);
        root.put("fails", failures.size() > 0 || validations.stream().anyMatch(v -> v.fails(strict)));
        ArrayNode plans = root.putArray("plans");
        for (Validation validation : validations) {
            ObjectNode plan = plans.addObject();
            plan.put("directory", validation.directory());
            plan.put("files", validation.files());
            plan.put("errors", validation.errors());
            plan.put("warnings", validation.warnings());
            plan.put("notes", validation.notes());
            plan.put("accepted", validation.accepted());
            ArrayNode findings = plan.putArray("findings");
            validation.open().forEach(finding -> finding(findings.addObject(), finding.diagnostic()));
            ArrayNode accepted = plan.putArray("acceptedFindings");
            for (Finding finding : validation.acceptedFindings()) {
                putOrNull(finding(accepted.addObject(), finding.diagnostic()), "reason", finding.reason());
            }
        }
        ArrayNode unreadable = root.putArray("unreadable");
        for (Unreadable failure : failures) {
            unreadable.addObject().put("directory", failure.directory()).put("reason", failure.reason());
        }
        try {
            out.println(JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode finding(ObjectNode item, Diagnostic d) {
        item.put("file", d.at().file());
        item.put("line", d.at().line());
        item.put("column", d.at().column());
        item.put("rule", d.ruleId());
        item.put("severity", d.severity().code());
        item.put("message", d.message());
        putOrNull(item, "hint", d.hint());
        putOrNull(item, "subject", d.subject());
        return item;
    }

    private static void putOrNull(ObjectNode node, String key, String value) {
        if (value == null) {
            node.putNull(key);
        } else {
            node.put(key, value);
        }
    }
}
