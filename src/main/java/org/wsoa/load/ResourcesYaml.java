package org.wsoa.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.diagnostic.Excerpt;
import org.wsoa.model.Amount;
import org.wsoa.model.FundingStream;
import org.wsoa.model.Ref;
import org.wsoa.model.ResourceItem;
import org.wsoa.model.Resources;
import org.wsoa.model.SourceRef;
import org.wsoa.model.Text;

/** Reads {@code resources.yaml}: the funding streams, the funded items and the declared totals. */
final class ResourcesYaml {

    /** What an item's {@code costs} says while its cost is still to be worked out. */
    static final String NOT_YET_COSTED = "not yet costed";

    private final List<Diagnostic> diagnostics;

    ResourcesYaml(List<Diagnostic> diagnostics) {
        this.diagnostics = diagnostics;
    }

    Resources read(Node root, SourceRef fileAt) {
        MappingReader file = MappingReader.of(root, fileAt, "resources.yaml", diagnostics);
        List<FundingStream> streams = file.list("funding-streams", false, node -> {
            MappingReader stream = MappingReader.of(node, fileAt, "a funding stream", diagnostics);
            String id = stream.elementId("id", true);
            MappingReader s = stream.named(id == null ? "a funding stream" : "funding stream " + id, id);
            FundingStream read = new FundingStream(id, s.text("name", true), s.at());
            s.finish();
            return read;
        });
        List<ResourceItem> items = file.list("items", true, node -> {
            MappingReader item = MappingReader.of(node, fileAt, "a resource", diagnostics);
            String id = item.elementId("id", true);
            MappingReader i = item.named(id == null ? "a resource" : "resource " + id, id);
            ResourceItem read = item(i, id);
            i.finish();
            return read;
        });
        List<Amount> totals = amounts(file.mapping("totals", "the totals", false));
        file.finish();
        return new Resources(streams, items, totals, file.at());
    }

    /** An item's costs: a block of financial years, or {@code not yet costed}; never an empty block. */
    private ResourceItem item(MappingReader i, String id) {
        Text item = i.text("item", true);
        Ref funder = i.ref("funder", false);
        Node costs = i.value("costs", true, "<2021/22: 40000, or: not yet costed>");
        if (costs instanceof Node.Scalar s && NOT_YET_COSTED.equals(s.text().strip().toLowerCase(Locale.ROOT))) {
            return new ResourceItem(id, item, funder, List.of(), true, i.at());
        }
        if (costs instanceof Node.Mapping m && m.keys().isEmpty()) {
            diagnostics.add(Diagnostic.of(LoadCheck.WRONG_TYPE, m.at(), "`costs` in " + i.what() + " is empty, which"
                    + " would print as no cost at all", "write its cost in each financial year (`2021/22: 40000`), or"
                    + " `costs: " + NOT_YET_COSTED + "` until it is known").about(i.subject()));
            return new ResourceItem(id, item, funder, List.of(), false, i.at());
        }
        if (costs instanceof Node.Scalar s && !s.isNull()) {
            i.wrongType("costs", costs, "a block of financial years with their costs (`2021/22: 40000`), or `"
                    + NOT_YET_COSTED + "`");
            return new ResourceItem(id, item, funder, List.of(), false, i.at());
        }
        String of = "the costs of " + i.what();
        List<Amount> amounts = costs == null ? List.of() : amounts(i.mapping("costs", of, false));
        return new ResourceItem(id, item, funder, amounts, false, i.at());
    }

    /** A mapping of financial years ({@code 2021/22}) to sums of money. */
    private List<Amount> amounts(MappingReader years) {
        List<Amount> amounts = new ArrayList<>();
        for (Map.Entry<Node.Key, Node> entry : years.entries()) {
            Node.Key key = entry.getKey();
            if (!isFinancialYear(key.name())) {
                diagnostics.add(Diagnostic.of(LoadCheck.WRONG_TYPE, key.at(),
                        "`" + Excerpt.of(key.name()) + "` in " + years.what() + " is not a financial year; write them as April to"
                                + " March, e.g. 2021/22", null)
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
}
