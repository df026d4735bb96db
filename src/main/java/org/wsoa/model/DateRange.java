package org.wsoa.model;

/** From one date to another, both included; {@code end} may be null for a single day. */
public record DateRange(Dated start, Dated end, SourceRef at) implements Located {
}
