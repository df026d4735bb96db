package org.wsoa.model;

/** A risk scored again at a reporting point: likelihood and impact from 1 to 5, with a note. */
public record RiskReview(Ref risk, Integer likelihood, Integer impact, Text note, SourceRef at) implements Located {
    /** Likelihood times impact, or null when either is missing. */
    public Integer rating() {
        return likelihood == null || impact == null ? null : likelihood * impact;
    }
}
