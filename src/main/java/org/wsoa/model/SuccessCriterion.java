package org.wsoa.model;

/** What the area will see when a weakness is resolved, agreed with stakeholders. */
public record SuccessCriterion(String id, Text text, SourceRef at) implements Located {
}
