package org.wsoa.model;

/** A body that takes part in the plan: the council, the ICB, a parent carer forum, a school trust... */
public record Organisation(String id, Text name, OrganisationType type, SourceRef at) implements Located {
}
