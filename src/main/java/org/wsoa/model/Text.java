package org.wsoa.model;

/**
 * A piece of author-written prose (a small, safe subset of Markdown) with where it was written.
 */
public record Text(String value, SourceRef at) implements Located {
    public boolean isBlank() {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return value;
    }
}
