package org.wsoa.model;

/**
 * A body that takes part in the plan: the council, the ICB, a parent carer forum, a school trust...
 *
 * @param shortName   what table cells call it ("C&W CCG"), or null: the full name is printed on first
 *                    mention and in the glossary
 * @param succeededBy the organisation that takes over from it during the plan, or null
 */
public record Organisation(String id, Text name, Text shortName, OrganisationType type, Succession succeededBy,
                           SourceRef at) implements Located {

    /** The name as table cells print it: the short name, or the name when it has none. */
    public Text tableName() {
        return shortName == null || shortName.isBlank() ? name : shortName;
    }
}
