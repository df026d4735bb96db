package org.wsoa.model;

import java.util.Objects;

/**
 * A reference by ID to another element of the plan (a person, organisation, board, action, KPI
 * or weakness), as the author wrote it, with where it was written. Rules resolve references;
 * the model keeps them as written.
 */
public record Ref(String id, SourceRef at) {

    // equals and hashCode written out, as the record's own would be (each component in order;
    // hash = hash * 31 + the component's): the record's are linked on first use by building method
    // handles, a noticeable part of a short validate (docs/performance.md). RecordEqualityTest.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Ref other && Objects.equals(id, other.id) && Objects.equals(at, other.at);
    }

    @Override
    public int hashCode() {
        int hash = 0;
        hash = hash * 31 + Objects.hashCode(id);
        hash = hash * 31 + Objects.hashCode(at);
        return hash;
    }
    @Override
    public String toString() {
        return id;
    }
}
