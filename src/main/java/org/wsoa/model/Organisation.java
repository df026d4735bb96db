package org.wsoa.model;

/**
 * A body that takes part in the plan: the council, the ICB, a parent carer forum, a school trust...
 *
 * @param succeededBy the organisation that takes over from it during the plan, or null
 */
public record Organisation(String id, Text name, OrganisationType type, Succession succeededBy, SourceRef at)
        implements Located {
}
