package org.wsoa.model;

import java.util.List;

/**
 * How a plan turns a risk's score (likelihood times impact) into a rating: a matrix of
 * {@code likelihoods} by {@code impacts}, and bands of scores, each with its rating ("Low", "Amber").
 * A plan that sets none is rated on {@link #STANDARD}. The {@code risk-matrix} check tells whether
 * the bands cover every score once.
 */
public record RiskMatrix(int likelihoods, int impacts, List<Band> bands, SourceRef at) implements Located {

    /** The scores from {@code from} to {@code to}, both included, rated {@code rating}. */
    public record Band(Integer from, Integer to, Text rating, SourceRef at) implements Located {
        public boolean contains(int score) {
            return from != null && to != null && from <= score && score <= to;
        }
    }

    /** The ratings a band may give, in the words of risk registers: levels or RAG colours. */
    public static final List<String> RATINGS = List.of("low", "medium", "high", "very high", "green", "amber", "red");

    /** The matrix of plans that set none: 5 by 5; 1 to 7 Low, 8 to 14 Medium, 15 to 25 High. */
    public static final RiskMatrix STANDARD = new RiskMatrix(5, 5, List.of(
            new Band(1, 7, new Text("Low", null), null),
            new Band(8, 14, new Text("Medium", null), null),
            new Band(15, 25, new Text("High", null), null)), null);

    public RiskMatrix {
        bands = List.copyOf(bands);
    }

    /** The highest score the matrix gives. */
    public int maximum() {
        return likelihoods * impacts;
    }

    /** The first band that holds {@code score}, or null. */
    public Band band(int score) {
        return bands.stream().filter(b -> b.contains(score)).findFirst().orElse(null);
    }

    /** Whether the plan set this matrix itself, in risks.yaml. */
    public boolean isPlansOwn() {
        return at != null;
    }
}
