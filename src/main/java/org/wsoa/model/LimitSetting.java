package org.wsoa.model;

/** A limit the authors set under {@code validation: limits:}, e.g. {@code max-actions-per-lead: 10}. */
public record LimitSetting(String name, int value, SourceRef at) implements Located {
}
