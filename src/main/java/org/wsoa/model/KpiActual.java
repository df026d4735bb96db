package org.wsoa.model;

import java.math.BigDecimal;

/** A KPI's measured value on a date, as a progress file records it, with a note where one helps. */
public record KpiActual(Ref kpi, Dated date, BigDecimal value, Text note, SourceRef at) implements Located {
}
