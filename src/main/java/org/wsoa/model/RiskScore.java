package org.wsoa.model;

/**
 * A risk's likelihood or impact: a score from 1 to 5, or a word from the council's own register
 * ("Low", "Marginal"), exactly one of the two.
 */
public record RiskScore(Integer score, Text words, SourceRef at) implements Located {

    /** The score, or the words as written. */
    @Override
    public String toString() {
        return score != null ? score.toString() : words.value();
    }
}
