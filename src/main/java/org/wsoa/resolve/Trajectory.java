package org.wsoa.resolve;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.wsoa.model.Direction;
import org.wsoa.model.Kpi;
import org.wsoa.model.Measure;

/**
 * The path a KPI is meant to follow: from its baseline through its milestones to its target, a
 * straight line between each two, day by day. Before the baseline there is no expected value;
 * after the target, the target holds.
 */
public final class Trajectory {

    /** A value the KPI is expected to have on a date. */
    public record Point(LocalDate date, BigDecimal value) {
    }

    private final Direction direction;
    private final List<Point> points;

    private Trajectory(Direction direction, List<Point> points) {
        this.direction = direction;
        this.points = List.copyOf(points);
    }

    /** The KPI's trajectory: its baseline, milestones and target, those without a value or date left out. */
    public static Trajectory of(Kpi kpi) {
        List<Point> points = new ArrayList<>();
        List<Measure> measures = new ArrayList<>();
        measures.add(kpi.baseline());
        measures.addAll(kpi.trajectory());
        measures.add(kpi.target());
        for (Measure measure : measures) {
            if (measure != null && measure.value() != null && measure.date() != null) {
                points.add(new Point(measure.date().date(), measure.value()));
            }
        }
        return through(kpi.direction(), points);
    }

    /**
     * The trajectory through {@code points}, in any order; of two on one date the later in the list
     * counts. {@code direction} says which way is better (null: standings cannot be judged).
     */
    public static Trajectory through(Direction direction, List<Point> points) {
        Map<LocalDate, Point> byDate = new TreeMap<>();
        for (Point point : points) {
            byDate.put(point.date(), point);
        }
        return new Trajectory(direction, new ArrayList<>(byDate.values()));
    }

    /** Its points in date order. */
    public List<Point> points() {
        return points;
    }

    /**
     * The value the KPI is expected to have on {@code date}: on a line between the points either
     * side of it; the last point's value after it; null before the first point, or with no points.
     */
    public BigDecimal valueAt(LocalDate date) {
        if (points.isEmpty() || date.isBefore(points.get(0).date())) {
            return null;
        }
        for (int i = 1; i < points.size(); i++) {
            Point to = points.get(i);
            if (date.isBefore(to.date())) {
                Point from = points.get(i - 1);
                long span = ChronoUnit.DAYS.between(from.date(), to.date());
                long elapsed = ChronoUnit.DAYS.between(from.date(), date);
                BigDecimal change = to.value().subtract(from.value()).multiply(BigDecimal.valueOf(elapsed))
                        .divide(BigDecimal.valueOf(span), MathContext.DECIMAL64);
                return from.value().add(change);
            }
        }
        return points.get(points.size() - 1).value();
    }

    /**
     * Whether {@code actual}, measured on {@code date}, is on trajectory (at the expected value or
     * better, in the KPI's direction) or behind it; null when no value is expected on that date or
     * the direction is unknown.
     */
    public TrajectoryStanding standing(LocalDate date, BigDecimal actual) {
        BigDecimal expected = valueAt(date);
        if (expected == null || direction == null || actual == null) {
            return null;
        }
        int comparison = actual.compareTo(expected);
        boolean onOrBetter = direction == Direction.UP ? comparison >= 0 : comparison <= 0;
        return onOrBetter ? TrajectoryStanding.ON : TrajectoryStanding.BEHIND;
    }
}
