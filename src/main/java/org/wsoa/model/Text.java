package org.wsoa.model;

import java.util.Objects;

/**
 * A piece of author-written prose (a small, safe subset of Markdown) with where it was written.
 */
public record Text(String value, SourceRef at) implements Located {

    // equals and hashCode written out, as the record's own would be (each component in order;
    // hash = hash * 31 + the component's): the record's are linked on first use by building method
    // handles, a noticeable part of a short validate (docs/performance.md). RecordEqualityTest.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Text other && Objects.equals(value, other.value) && Objects.equals(at, other.at);
    }

    @Override
    public int hashCode() {
        int hash = 0;
        hash = hash * 31 + Objects.hashCode(value);
        hash = hash * 31 + Objects.hashCode(at);
        return hash;
    }
    public boolean isBlank() {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return value;
    }
}
