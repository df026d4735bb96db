package org.wsoa.render;

import static org.wsoa.render.PlanView.map;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wsoa.model.Risk;
import org.wsoa.model.RiskScore;

/**
 * The risks as templates see them: scored 1 to 5 and rated by likelihood times impact, or rated in
 * the words of the council's own register ("Marginal", "Low"), shown as written.
 */
final class RiskView {

    private RiskView() {
    }

    static Map<String, Object> risk(Risk risk, Map<String, Object> owner) {
        Integer score = risk.score();
        String level = risk.rating() != null && !risk.rating().isBlank() ? risk.rating().value().strip()
                : score == null ? "" : score >= 15 ? "High" : score >= 8 ? "Medium" : "Low";
        String code = level.toLowerCase(Locale.ROOT);
        return map("id", risk.id(), "risk", PlanView.text(risk.risk()), "description", PlanView.inline(risk.description()),
                "mitigation", PlanView.inline(risk.mitigation()), "likelihood", shown(risk.likelihood()),
                "impact", shown(risk.impact()), "rating", score, "level", level,
                "levelCode", List.of("high", "medium", "low").contains(code) ? code : "rated", "owner", owner);
    }

    /** The caption's words for how the plan's risks are rated. */
    static String rating(List<Risk> risks) {
        boolean scored = risks.stream().anyMatch(r -> r.score() != null && r.rating() == null);
        boolean worded = risks.stream().anyMatch(r -> r.score() == null || r.rating() != null);
        String byScore = "rated by likelihood times impact (each 1 to 5)";
        String byWords = "rated in the words of the council's risk register";
        return scored && worded ? byScore + ", or " + byWords : worded ? byWords : byScore;
    }

    private static String shown(RiskScore score) {
        return score == null ? null : score.toString();
    }
}
