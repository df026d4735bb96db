package org.wsoa.render;

import static org.wsoa.render.PlanView.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wsoa.model.Risk;
import org.wsoa.model.RiskMatrix;
import org.wsoa.model.RiskScore;

/**
 * The risks as templates see them: scored and rated by likelihood times impact on the plan's risk
 * matrix (its own, or the standard one), or rated in the words of the council's own register
 * ("Marginal", "Low"), shown as written.
 */
final class RiskView {

    private RiskView() {
    }

    static Map<String, Object> risk(Risk risk, RiskMatrix matrix, Map<String, Object> owner) {
        Integer score = risk.score();
        RiskMatrix.Band band = score == null ? null : matrix.band(score);
        String level = risk.rating() != null && !risk.rating().isBlank() ? risk.rating().value().strip()
                : band == null || band.rating() == null ? "" : capitalise(band.rating().value().strip());
        return map("id", risk.id(), "risk", PlanView.text(risk.risk()), "description", PlanView.inline(risk.description()),
                "mitigation", PlanView.inline(risk.mitigation()), "likelihood", shown(risk.likelihood()),
                "impact", shown(risk.impact()), "rating", score, "level", level, "levelCode", levelCode(level),
                "owner", owner);
    }

    /** The style of a rating: a level, or the RAG colour that stands for it; "rated" for any other word. */
    private static String levelCode(String level) {
        return switch (level.toLowerCase(Locale.ROOT)) {
            case "low", "green" -> "low";
            case "medium", "amber" -> "medium";
            case "high", "very high", "red" -> "high";
            default -> "rated";
        };
    }

    /** The caption's words for how the plan's risks are rated, with the plan's own bands where it sets them. */
    static String rating(List<Risk> risks, RiskMatrix matrix) {
        boolean scored = risks.stream().anyMatch(r -> r.score() != null && r.rating() == null);
        boolean worded = risks.stream().anyMatch(r -> r.score() == null || r.rating() != null);
        String byScore = "rated by likelihood times impact ("
                + (matrix.likelihoods() == matrix.impacts() ? "each 1 to " + matrix.impacts()
                : "likelihood 1 to " + matrix.likelihoods() + ", impact 1 to " + matrix.impacts()) + ")";
        if (matrix.isPlansOwn()) {
            List<String> bands = new ArrayList<>();
            for (RiskMatrix.Band band : matrix.bands()) {
                if (band.from() != null && band.to() != null && band.rating() != null) {
                    bands.add((band.from().equals(band.to()) ? band.from().toString() : band.from() + " to " + band.to())
                            + (bands.isEmpty() ? " are " : " ") + capitalise(band.rating().value().strip()));
                }
            }
            byScore += ": scores of " + String.join(", ", bands);
        }
        String byWords = "rated in the words of the council's risk register";
        String or = matrix.isPlansOwn() ? "; or " : ", or ";
        return scored && worded ? byScore + or + byWords : worded ? byWords : byScore;
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String shown(RiskScore score) {
        return score == null ? null : score.toString();
    }
}
