package org.wsoa.diff;

import java.util.ArrayList;
import java.util.List;

/** The fields of one element that differ, gathered in the order they are compared. */
final class Fields {

    private final List<FieldChange> changes = new ArrayList<>();

    /** Notes the field if its values differ: one missing, or both there and meaning different things. */
    void compare(Field field, Value before, Value after) {
        if (before == null && after == null || before != null && after != null && before.sameAs(after)) {
            return;
        }
        changes.add(new FieldChange(field, before, after));
    }

    /** Notes a detail of an element added ({@code added}) or removed, if it has one. */
    void describe(boolean added, Field field, Value value) {
        if (value != null) {
            changes.add(added ? new FieldChange(field, null, value) : new FieldChange(field, value, null));
        }
    }

    /** Notes the members who joined and who left, each by name, in the order of the board's list. */
    void members(List<Value> before, List<Value> after) {
        List<Value> removed = before.stream().filter(m -> after.stream().noneMatch(m::sameAs)).toList();
        List<Value> added = after.stream().filter(m -> before.stream().noneMatch(m::sameAs)).toList();
        if (!added.isEmpty()) {
            changes.add(new FieldChange(Field.MEMBERS_ADDED, null, new Value.Several(added)));
        }
        if (!removed.isEmpty()) {
            changes.add(new FieldChange(Field.MEMBERS_REMOVED, new Value.Several(removed), null));
        }
    }

    boolean isEmpty() {
        return changes.isEmpty();
    }

    List<FieldChange> changes() {
        return List.copyOf(changes);
    }
}
