package org.wsoa.diff;

import java.util.List;
import org.wsoa.model.Risk;
import org.wsoa.model.RiskMatrix;
import org.wsoa.model.RiskReview;
import org.wsoa.model.RiskScore;
import org.wsoa.resolve.ResolvedPlan;

/**
 * Compares the risk registers of two versions of a plan, risk by risk, matched by ID (or by the risk's
 * words when its ID was renamed): its words, description, likelihood, impact and the rating they give
 * on the plan's matrix, its owner and mitigation, as risks.yaml has them; and its latest rescoring in a
 * progress file, which a board sees beside the rating the plan gave it.
 */
final class RiskComparer {

    private final Values before;
    private final Values after;

    RiskComparer(Values before, Values after) {
        this.before = before;
        this.after = after;
    }

    List<ElementChange> risks() {
        return new Matched<>(before.plan().plan().risks(), after.plan().plan().risks(), Risk::id,
                r -> Values.text(r.risk())).changes(r -> Values.text(r.risk()), this::changed, (r, added) -> {
                    Values values = added ? after : before;
                    Fields fields = new Fields();
                    fields.describe(added, Field.OWNER, values.person(r.owner()));
                    fields.describe(added, Field.LIKELIHOOD, score(r.likelihood()));
                    fields.describe(added, Field.RISK_IMPACT, score(r.impact()));
                    fields.describe(added, Field.RATING, rating(r, values.plan()));
                    fields.describe(added, Field.RESCORED, rescored(r, values.plan()));
                    return fields.changes();
                });
    }

    private List<FieldChange> changed(Risk was, Risk now) {
        Fields fields = new Fields();
        fields.compare(Field.RISK, Values.words(was.risk()), Values.words(now.risk()));
        fields.compare(Field.DESCRIPTION, Values.words(was.description()), Values.words(now.description()));
        fields.compare(Field.OWNER, before.person(was.owner()), after.person(now.owner()));
        fields.compare(Field.LIKELIHOOD, score(was.likelihood()), score(now.likelihood()));
        fields.compare(Field.RISK_IMPACT, score(was.impact()), score(now.impact()));
        fields.compare(Field.RATING, rating(was, before.plan()), rating(now, after.plan()));
        fields.compare(Field.RESCORED, rescored(was, before.plan()), rescored(now, after.plan()));
        fields.compare(Field.MITIGATION, Values.words(was.mitigation()), Values.words(now.mitigation()));
        return fields.changes();
    }

    /** A likelihood or impact as written: a score ("4") or the register's word ("Likely"). */
    private static Value score(RiskScore score) {
        if (score == null) {
            return null;
        }
        return score.score() != null ? new Value.Words(score.score().toString()) : Values.words(score.words());
    }

    /**
     * The rating as the risks table shows it: the score and its band on the plan's matrix, "16 (High)";
     * or the rating written in the register's words, "Amber"; null when the risk has neither.
     */
    private static Value rating(Risk risk, ResolvedPlan plan) {
        Integer score = risk.score();
        String level = risk.rating() != null && !risk.rating().isBlank() ? Values.text(risk.rating())
                : score == null ? "" : band(plan.plan().ratingMatrix(), score);
        if (score == null) {
            return Values.words(level);
        }
        return new Value.Words(score + (level.isEmpty() ? "" : " (" + level + ")"));
    }

    /** The risk as the latest progress file scored it again, "likelihood 3, impact 4: 12 (Medium)"; null if never rescored. */
    private static Value rescored(Risk risk, ResolvedPlan plan) {
        RiskReview review = plan.progress() == null ? null : plan.progress().risk(risk);
        if (review == null || review.rating() == null) {
            return null;
        }
        String level = band(plan.plan().ratingMatrix(), review.rating());
        return new Value.Words("likelihood " + review.likelihood() + ", impact " + review.impact() + ": " + review.rating()
                + (level.isEmpty() ? "" : " (" + level + ")"));
    }

    /** The band's rating with a capital, as the published table writes it: "Medium"; empty outside every band. */
    private static String band(RiskMatrix matrix, int score) {
        RiskMatrix.Band band = matrix.band(score);
        if (band == null || band.rating() == null) {
            return "";
        }
        String rating = Values.text(band.rating());
        return rating.isEmpty() ? rating : Character.toUpperCase(rating.charAt(0)) + rating.substring(1);
    }
}
