package org.wsoa.model;

import java.util.Objects;

/**
 * The overall rating of an area of weakness at a reporting point, and a short account of what has
 * changed for children, young people and families.
 */
public record AreaRating(Ref weakness, OverallRating rating, Text change, SourceRef at) implements Located {

    // equals and hashCode written out, as the record's own would be (each component in order;
    // hash = hash * 31 + the component's): the record's are linked on first use by building method
    // handles, a noticeable part of a short validate (docs/performance.md). RecordEqualityTest.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof AreaRating other && Objects.equals(weakness, other.weakness)
                && Objects.equals(rating, other.rating) && Objects.equals(change, other.change) && Objects.equals(at, other.at);
    }

    @Override
    public int hashCode() {
        int hash = 0;
        hash = hash * 31 + Objects.hashCode(weakness);
        hash = hash * 31 + Objects.hashCode(rating);
        hash = hash * 31 + Objects.hashCode(change);
        hash = hash * 31 + Objects.hashCode(at);
        return hash;
    }
}
