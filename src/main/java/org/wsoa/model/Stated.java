package org.wsoa.model;

/** A word from a fixed set (a framework, an outcome) as the author wrote it, with where. */
public record Stated<T>(T value, SourceRef at) implements Located {
}
