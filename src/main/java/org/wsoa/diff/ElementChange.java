package org.wsoa.diff;

import java.util.List;

/**
 * An organisation, person, board, body, monitoring line, risk, resource, action or KPI that was added,
 * removed or changed.
 *
 * @param id      its ID, e.g. {@code W1.2}; null for a line of the monitoring schedule, which has none
 * @param name    what it is called or says (a board's name, a risk's words, an action's wording, a KPI's
 *                name, what a monitoring line reports), from the newer version when it is in both
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
