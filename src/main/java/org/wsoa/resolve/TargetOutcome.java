package org.wsoa.resolve;

import java.math.BigDecimal;
import org.wsoa.model.Direction;
import org.wsoa.model.Kpi;
import org.wsoa.model.KpiActual;

/**
 * Where a KPI ended against its target, as a closure report judges it from the KPI's latest actual,
 * in the KPI's own direction: the target met; better than the baseline but short of the target;
 * no better than the baseline; no actual at all; or a KPI with neither baseline nor target to judge by.
 */
public enum TargetOutcome {
    MET("target-met", "Target met"),
    IMPROVED("improved", "Improved, target not met"),
    NOT_IMPROVED("not-improved", "Not improved"),
    NOT_MEASURED("not-measured", "No actual reported"),
    CANNOT_BE_JUDGED("cannot-be-judged", "Cannot be judged");

    private final String code;
    private final String label;

    TargetOutcome(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** As a class name, e.g. {@code target-met}. */
    public String code() {
        return code;
    }

    /** In words, e.g. "Target met". */
    public String label() {
        return label;
    }

    /** The outcome of {@code kpi} whose latest actual is {@code latest} (null when none was reported). */
    public static TargetOutcome of(Kpi kpi, KpiActual latest) {
        if (latest == null || latest.value() == null) {
            return NOT_MEASURED;
        }
        BigDecimal target = kpi.target() == null ? null : kpi.target().value();
        BigDecimal baseline = kpi.baseline() == null ? null : kpi.baseline().value();
        if (kpi.direction() == null || target == null && baseline == null) {
            return CANNOT_BE_JUDGED;
        }
        if (target != null && atLeastAsGood(latest.value(), target, kpi.direction())) {
            return MET;
        }
        if (baseline == null) {
            return CANNOT_BE_JUDGED;
        }
        return better(latest.value(), baseline, kpi.direction()) ? IMPROVED : NOT_IMPROVED;
    }

    private static boolean atLeastAsGood(BigDecimal value, BigDecimal than, Direction direction) {
        int compared = value.compareTo(than);
        return direction == Direction.UP ? compared >= 0 : compared <= 0;
    }

    private static boolean better(BigDecimal value, BigDecimal than, Direction direction) {
        int compared = value.compareTo(than);
        return direction == Direction.UP ? compared > 0 : compared < 0;
    }
}
