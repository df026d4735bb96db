package org.wsoa.model;

import java.math.BigDecimal;

/** A KPI's value on a date: a baseline, a target or a point on the trajectory. */
public record Measure(BigDecimal value, Dated date, SourceRef at) implements Located {
}
