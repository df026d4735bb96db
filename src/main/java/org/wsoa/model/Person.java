package org.wsoa.model;

/** A named person who can lead actions, own KPIs or chair boards. */
public record Person(String id, Text name, Text role, Ref organisation, SourceRef at) implements Located {
}
