package org.wsoa.model;

/**
 * A risk to delivery. Likelihood and impact are scored 1 to 5; the rating is their product.
 */
public record Risk(String id, Text risk, Text description, Text mitigation, Integer likelihood, Integer impact,
                   Ref owner, SourceRef at) implements Located {
    /** Likelihood times impact, or null when either is missing. */
    public Integer rating() {
        return likelihood == null || impact == null ? null : likelihood * impact;
    }
}
