package org.wsoa.model;

import java.util.List;

/**
 * A board or group in the plan's governance. {@code members} are IDs of people or organisations;
 * {@code reportsTo} is another board's ID, or null at the top of the structure; {@code shortName}
 * is what table cells call it ("SIB"), or null.
 */
public record Board(String id, Text name, Text shortName, Text purpose, Ref chair, List<Ref> members, Text meets,
                    Ref reportsTo, SourceRef at) implements Located {
    public Board {
        members = List.copyOf(members);
    }

    /** The name as table cells print it: the short name, or the name when it has none. */
    public Text tableName() {
        return shortName == null || shortName.isBlank() ? name : shortName;
    }
}
