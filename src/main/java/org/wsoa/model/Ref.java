package org.wsoa.model;

/**
 * A reference by ID to another element of the plan (a person, organisation, board, action, KPI
 * or weakness), as the author wrote it, with where it was written. Rules resolve references;
 * the model keeps them as written.
 */
public record Ref(String id, SourceRef at) {
    @Override
    public String toString() {
        return id;
    }
}
