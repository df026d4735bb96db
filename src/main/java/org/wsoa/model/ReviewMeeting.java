package org.wsoa.model;

/**
 * A progress review with those who hold the plan to account, such as the six-monthly DfE and NHS
 * England stocktake: when, with whom, when the evidence for it is due, and what it concluded (once
 * it has met).
 */
public record ReviewMeeting(Dated date, Text with, Dated evidenceDue, Text outcome, SourceRef at) implements Located {
}
