package org.wsoa.model;

/**
 * A committee or body in the plan's governance that is not a board with a chair: Cabinet, a scrutiny
 * panel, a CCG governing body. Monitoring lines can report to it, boards can report to it, and it can
 * consider or approve the plan.
 *
 * @param organisation the organisation whose body it is (an ID in people.yaml), or null
 */
public record Body(String id, Text name, Text purpose, Ref organisation, SourceRef at) implements Located {
}
