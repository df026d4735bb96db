package org.wsoa.resolve;

import java.util.List;
import org.wsoa.model.Kpi;
import org.wsoa.model.KpiActual;

/**
 * A KPI as at a reporting point: its actuals in date order, its trajectory, and the reporting
 * periods that are over without an actual.
 *
 * @param missed the periods of its frequency that are over with no actual (nor the baseline) in them
 */
public record KpiState(Kpi kpi, List<KpiActual> actuals, Trajectory trajectory, List<ReportingPeriod> missed) {

    public KpiState {
        actuals = List.copyOf(actuals);
        missed = List.copyOf(missed);
    }

    /** The latest actual, or null when there is none yet. */
    public KpiActual latest() {
        return actuals.isEmpty() ? null : actuals.get(actuals.size() - 1);
    }

    /** Where {@code actual} stands against the trajectory on its date; null when that cannot be judged. */
    public TrajectoryStanding standing(KpiActual actual) {
        return actual.date() == null ? null : trajectory.standing(actual.date().date(), actual.value());
    }
}
