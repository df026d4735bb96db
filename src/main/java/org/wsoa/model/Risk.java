package org.wsoa.model;

/**
 * A risk to delivery. Likelihood and impact are scored 1 to 5, and the rating is their product; or
 * they are rated in the words of the council's own register, with {@code rating} in words too.
 *
 * @param rating the overall rating in words as written ("Medium", "Amber"), or null
 */
public record Risk(String id, Text risk, Text description, Text mitigation, RiskScore likelihood, RiskScore impact,
                   Text rating, Ref owner, SourceRef at) implements Located {
    /** Likelihood times impact, or null when either is missing or in words. */
    public Integer score() {
        return likelihood == null || impact == null || likelihood.score() == null || impact.score() == null ? null
                : likelihood.score() * impact.score();
    }
}
