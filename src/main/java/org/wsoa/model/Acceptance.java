package org.wsoa.model;

/**
 * A finding that the authors have accepted, with their reason: the rule's ID and the ID of the
 * element it was found on (an action, KPI, weakness, board...). Accepted findings are still
 * listed, marked as accepted.
 */
public record Acceptance(String rule, String subject, Text reason, SourceRef at) implements Located {
}
