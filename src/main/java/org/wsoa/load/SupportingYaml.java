package org.wsoa.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.diagnostic.Excerpt;
import org.wsoa.model.Amount;
import org.wsoa.model.GlossaryTerm;
import org.wsoa.model.ResourceItem;
import org.wsoa.model.Resources;
import org.wsoa.model.Risk;
import org.wsoa.model.RiskScore;
import org.wsoa.model.SourceRef;
import org.wsoa.model.Text;

/** Reads the optional files: {@code risks.yaml}, {@code resources.yaml} and {@code glossary.yaml}. */
final class SupportingYaml {

    private final List<Diagnostic> diagnostics;

    SupportingYaml(List<Diagnostic> diagnostics) {
        this.diagnostics = diagnostics;
    }

    List<Risk> risks(Node root, SourceRef fileAt) {
        MappingReader file = MappingReader.of(root, fileAt, "risks.yaml", diagnostics);
        List<Risk> risks = file.list("risks", true, node -> {
            MappingReader risk = MappingReader.of(node, fileAt, "a risk", diagnostics);
            String id = risk.elementId("id", true);
            MappingReader r = risk.named(id == null ? "a risk" : "risk " + id, id);
            Text title = r.text("risk", true);
            Text description = r.text("description", false);
            Text mitigation = r.text("mitigation", true);
            RiskScore likelihood = riskScore(r, "likelihood", false);
            RiskScore impact = riskScore(r, "impact", false);
            Text rating = r.text("rating", false);
            // A register that rates in words may give only the overall rating ("Low"); scores need both parts.
            for (String part : List.of("likelihood", "impact")) {
                if (rating == null && !r.has(part)) {
                    riskScore(r, part, true);
                }
            }
            Risk read = new Risk(id, title, description, mitigation, likelihood, impact, rating, r.ref("owner", false),
                    r.at());
            r.finish();
            return read;
        });
        file.finish();
        return risks;
    }

    /**
     * A risk's likelihood or impact: a whole number from 1 to 5, or the words of a council's own
     * register ("Low", "Marginal").
     */
    private static RiskScore riskScore(MappingReader risk, String key, boolean required) {
        Node node = risk.value(key, required, "<1 to 5, or a word such as Low>");
        if (node == null) {
            return null;
        }
        if (node instanceof Node.Scalar s && s.type() == Node.ScalarType.NUMBER) {
            Integer score = risk.toInteger(key, node, 1, 5);
            return score == null ? null : new RiskScore(score, null, s.at());
        }
        if (node instanceof Node.Scalar s && !s.text().isBlank()) {
            return new RiskScore(null, new Text(s.text().strip(), s.at()), s.at());
        }
        risk.wrongType(key, node, "a whole number from 1 to 5, or a word such as Low");
        return null;
    }

    Resources resources(Node root, SourceRef fileAt) {
        MappingReader file = MappingReader.of(root, fileAt, "resources.yaml", diagnostics);
        List<ResourceItem> items = file.list("items", true, node -> {
            MappingReader item = MappingReader.of(node, fileAt, "a resource", diagnostics);
            String id = item.elementId("id", true);
            MappingReader i = item.named(id == null ? "a resource" : "resource " + id, id);
            ResourceItem read = new ResourceItem(id, i.text("item", true), i.ref("funder", false),
                    amounts(i.mapping("costs", "the costs of " + (id == null ? "a resource" : id), true)), i.at());
            i.finish();
            return read;
        });
        List<Amount> totals = amounts(file.mapping("totals", "the totals", false));
        file.finish();
        return new Resources(items, totals, file.at());
    }

    /** A mapping of financial years ({@code 2021/22}) to sums of money. */
    private List<Amount> amounts(MappingReader years) {
        List<Amount> amounts = new ArrayList<>();
        for (Map.Entry<Node.Key, Node> entry : years.entries()) {
            Node.Key key = entry.getKey();
            if (!isFinancialYear(key.name())) {
                diagnostics.add(Diagnostic.of(LoadCheck.WRONG_TYPE, key.at(),
                        "`" + Excerpt.of(key.name()) + "` is not a financial year; write them as April to March, e.g. 2021/22", null)
                        .about(years.subject()));
                continue;
            }
            BigDecimal value = years.toNumber(key.name(), entry.getValue());
            if (value != null) {
                amounts.add(new Amount(key.name(), value, entry.getValue().at()));
            }
        }
        years.finish();
        return amounts;
    }

    /** {@code 2021/22}: a year, a slash, and the last two digits of the next year. */
    private static boolean isFinancialYear(String text) {
        if (text.length() != 7 || text.charAt(4) != '/') {
            return false;
        }
        for (int i = 0; i < 7; i++) {
            if (i != 4 && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
                return false;
            }
        }
        return (Integer.parseInt(text.substring(0, 4)) + 1) % 100 == Integer.parseInt(text.substring(5));
    }

    List<GlossaryTerm> glossary(Node root, SourceRef fileAt) {
        MappingReader file = MappingReader.of(root, fileAt, "glossary.yaml", diagnostics);
        List<GlossaryTerm> terms = file.list("terms", true, node -> {
            MappingReader term = MappingReader.of(node, fileAt, "a glossary term", diagnostics);
            String name = term.id("term", true);
            if (name != null && name.length() > InputLimits.MAX_TERM_LENGTH) {
                diagnostics.add(Diagnostic.of(LoadCheck.WRONG_TYPE, term.at("term"), "`term` in a glossary term should be"
                        + " an acronym or a short phrase of at most " + InputLimits.MAX_TERM_LENGTH
                        + " characters, but it is the text `" + Excerpt.of(name) + "`", null));
                name = null;
            }
            MappingReader t = term.named(name == null ? "a glossary term" : "glossary term " + name, name);
            GlossaryTerm read = new GlossaryTerm(name, t.text("meaning", true), t.at());
            t.finish();
            return read;
        });
        file.finish();
        return terms;
    }
}
