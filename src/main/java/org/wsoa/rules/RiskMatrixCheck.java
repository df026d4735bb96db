package org.wsoa.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wsoa.diagnostic.Excerpt;
import org.wsoa.diagnostic.Severity;
import org.wsoa.diagnostic.Suggestions;
import org.wsoa.model.Plan;
import org.wsoa.model.Risk;
import org.wsoa.model.RiskMatrix;
import org.wsoa.model.RiskScore;
import org.wsoa.resolve.ResolvedPlan;

/**
 * The plan's own risk matrix rates every score once: its bands, each rated in a word risk registers
 * use, cover the scores from 1 to the matrix's highest with no gap and no overlap, and no risk is
 * scored beyond the matrix's size.
 */
final class RiskMatrixCheck extends AbstractRule {

    RiskMatrixCheck() {
        super("risk-matrix", Severity.ERROR, "A plan's own risk matrix rates every score exactly once, in known words.");
    }

    @Override
    public void check(ResolvedPlan resolved, Findings findings) {
        Plan plan = resolved.plan();
        RiskMatrix matrix = plan.riskMatrix();
        if (matrix == null) {
            return;
        }
        int maximum = matrix.maximum();
        String size = matrix.likelihoods() + "x" + matrix.impacts();
        for (RiskMatrix.Band band : matrix.bands()) {
            if (band.rating() != null && !band.rating().isBlank()
                    && !RiskMatrix.RATINGS.contains(band.rating().value().strip().toLowerCase(Locale.ROOT))) {
                findings.report(band.rating().at(), null, "the rating `" + Excerpt.of(band.rating().value().strip())
                        + "` of a band of the risk matrix is not one of: " + String.join(", ", RiskMatrix.RATINGS)
                        + Suggestions.didYouMean(band.rating().value().strip().toLowerCase(Locale.ROOT), RiskMatrix.RATINGS),
                        "rate the band in one of those words");
            }
            if (band.from() == null || band.to() == null) {
                continue;
            }
            if (band.from() > band.to()) {
                findings.report(band.at(), null, "a band of the risk matrix runs from " + band.from() + " down to "
                        + band.to(), "write the lower score as `from` and the higher as `to`");
            } else if (band.to() > maximum) {
                findings.report(band.at(), null, "a band of the risk matrix runs to " + band.to() + ", but the highest score"
                        + " on a " + size + " matrix is " + maximum, "end the last band at " + maximum);
            }
        }
        gapsAndOverlaps(matrix, findings);
        for (Risk risk : plan.risks()) {
            beyond(risk, risk.likelihood(), "likelihood", matrix.likelihoods(), size, findings);
            beyond(risk, risk.impact(), "impact", matrix.impacts(), size, findings);
        }
    }

    /** Each run of scores that no band holds, or that two or more do, reported once. */
    private static void gapsAndOverlaps(RiskMatrix matrix, Findings findings) {
        int maximum = matrix.maximum();
        int score = 1;
        while (score <= maximum) {
            List<String> ratings = ratings(matrix, score);
            int end = score;
            while (end + 1 <= maximum && ratings(matrix, end + 1).equals(ratings)) {
                end++;
            }
            String scores = score == end ? "the score " + score : "the scores " + score + " to " + end;
            if (ratings.isEmpty()) {
                findings.report(matrix.at(), null, "no band of the risk matrix rates " + scores,
                        "add a band for " + (score == end ? "it" : "them") + ", or widen the band next to "
                                + (score == end ? "it" : "them"));
            } else if (ratings.size() > 1) {
                findings.report(matrix.at(), null, scores + (score == end ? " is" : " are") + " in more than one band of the risk matrix: "
                        + String.join(" and ", ratings), "let each score fall in one band only");
            }
            score = end + 1;
        }
    }

    private static List<String> ratings(RiskMatrix matrix, int score) {
        List<String> ratings = new ArrayList<>();
        for (RiskMatrix.Band band : matrix.bands()) {
            if (band.contains(score)) {
                ratings.add(band.rating() == null || band.rating().isBlank() ? "(unrated)" : band.rating().value().strip());
            }
        }
        return ratings;
    }

    private static void beyond(Risk risk, RiskScore score, String part, int most, String size, Findings findings) {
        if (score != null && score.score() != null && score.score() > most) {
            findings.report(score.at(), risk.id(), "the " + part + " of risk " + risk.id() + " is " + score.score()
                    + ", beyond the " + size + " risk matrix, whose " + part + " runs from 1 to " + most,
                    "score it from 1 to " + most + ", or change the matrix's `size`");
        }
    }
}
