package org.wsoa.model;

/**
 * A new due date for an action. Due dates move only when the DfE (or whoever holds the plan to
 * account) agrees, so it records who agreed it, when and why; the original due date stays in the
 * plan as agreed.
 *
 * @param agreedBy a person's ID in people.yaml, or the name of a body such as {@code DfE}
 */
public record RevisedDue(Dated date, Text agreedBy, Dated agreedOn, Text reason, SourceRef at) implements Located {
}
