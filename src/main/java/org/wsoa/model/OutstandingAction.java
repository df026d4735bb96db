package org.wsoa.model;

/**
 * What a plan's closure report says of one action that is not complete: where it goes and who owns it
 * from now on.
 *
 * @param action      the action (its ID in the plan)
 * @param destination where it goes, or null while closure.yaml does not say (the closure check reports it)
 * @param owner       the person who owns it from now on, or null
 * @param note        more about it: where in the next plan or the strategy, or why it is no longer needed
 */
public record OutstandingAction(Ref action, Destination destination, Ref owner, Text note, SourceRef at)
        implements Located {
}
