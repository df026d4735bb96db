package org.wsoa.model;

import java.util.List;

/**
 * A key performance indicator: how success against a weakness is measured.
 *
 * @param unit        how the value is expressed, e.g. {@code %}, {@code days}, {@code number}
 * @param direction   which way improvement moves the value
 * @param trajectory  interim milestones between baseline and target, in date order
 * @param frequency   how often it is reported, e.g. {@code monthly}
 * @param source      where the figure comes from
 */
public record Kpi(String id, Text name, Text unit, Direction direction, Measure baseline, Measure target,
                  List<Measure> trajectory, Text frequency, Text source, Ref owner, SourceRef at) implements Located {
    public Kpi {
        trajectory = List.copyOf(trajectory);
    }
}
