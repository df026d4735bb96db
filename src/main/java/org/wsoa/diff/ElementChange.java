package org.wsoa.diff;

import java.util.List;

/**
 * A board, action or KPI that was added, removed or changed.
 *
 * @param id      its ID, e.g. {@code W1.2}
 * @param name    what it is called or says (a board's name, an action's wording, a KPI's name), from
 *                the newer version when it is in both
 * @param fields  for a change, the fields that differ; for an addition or removal, its main details
 */
public record ElementChange(String id, String name, ChangeKind kind, List<FieldChange> fields) {
    public ElementChange {
        fields = List.copyOf(fields);
    }

    /** Whether a KPI's baseline, target or trajectory moved: "retargeted" rather than just "changed". */
    public boolean retargeted() {
        return kind == ChangeKind.CHANGED && fields.stream().anyMatch(f -> f.field() == Field.BASELINE
                || f.field() == Field.TARGET || f.field() == Field.TRAJECTORY);
    }
}
