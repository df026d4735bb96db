package org.wsoa.load;

import java.util.ArrayList;
import java.util.List;
import org.wsoa.model.Risk;
import org.wsoa.model.RiskMatrix;
import org.wsoa.model.RiskScore;
import org.wsoa.model.SourceRef;
import org.wsoa.model.Text;
import org.wsoa.diagnostic.Diagnostic;

/** Reads {@code risks.yaml}: the risks to delivery and, optionally, the plan's own risk matrix. */
final class RisksYaml {

    /** The risks and the matrix they are rated on (null: the standard one). */
    record Register(List<Risk> risks, RiskMatrix matrix) {
    }

    private final List<Diagnostic> diagnostics;

    RisksYaml(List<Diagnostic> diagnostics) {
        this.diagnostics = diagnostics;
    }

    Register read(Node root, SourceRef fileAt) {
        MappingReader file = MappingReader.of(root, fileAt, "risks.yaml", diagnostics);
        RiskMatrix matrix = file.has("matrix") ? matrix(file.mapping("matrix", "the risk matrix", false)) : null;
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
        return new Register(risks, matrix);
    }

    /**
     * The plan's own matrix: its {@code size} ({@code 5x5} unless it says) and its {@code bands} of
     * scores. Whether the bands cover every score once is the {@code risk-matrix} check's to say.
     */
    private RiskMatrix matrix(MappingReader matrix) {
        int likelihoods = 5;
        int impacts = 5;
        Node size = matrix.value("size", false, "5x5");
        if (size instanceof Node.Scalar s) {
            int[] parts = size(s.text());
            if (parts != null) {
                likelihoods = parts[0];
                impacts = parts[1];
            } else {
                matrix.wrongType("size", size, "the likelihoods by the impacts, each 1 to 5, such as `5x5`");
            }
        } else if (size != null) {
            matrix.wrongType("size", size, "the likelihoods by the impacts, each 1 to 5, such as `5x5`");
        }
        List<RiskMatrix.Band> bands = new ArrayList<>(matrix.list("bands", true, node -> {
            MappingReader band = matrix.child(node, "a band of the risk matrix");
            RiskMatrix.Band read = new RiskMatrix.Band(band.integer("from", true, 1, 25), band.integer("to", true, 1, 25),
                    band.text("rating", true), band.at());
            band.finish();
            return read;
        }));
        matrix.finish();
        return new RiskMatrix(likelihoods, impacts, bands, matrix.at());
    }

    /** {@code 5x5} (or {@code 5 x 5}, {@code 5×5}): likelihoods by impacts, each 1 to 5; else null. */
    private static int[] size(String text) {
        String compact = text.replace(" ", "");
        if (compact.length() != 3 || "xX×".indexOf(compact.charAt(1)) < 0) {
            return null;
        }
        int likelihoods = compact.charAt(0) - '0';
        int impacts = compact.charAt(2) - '0';
        return likelihoods >= 1 && likelihoods <= 5 && impacts >= 1 && impacts <= 5 ? new int[] {likelihoods, impacts} : null;
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
}
