package org.wsoa.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.wsoa.model.Direction;

/**
 * What a trajectory must do for any baseline, milestones and target: pass through each, stay
 * between each two, move one way between them, and judge an actual in the KPI's own direction.
 */
class TrajectoryPropertiesTest {

    @Provide
    Arbitrary<List<Trajectory.Point>> points() {
        Arbitrary<LocalDate> first = Arbitraries.integers().between(0, 3650).map(d -> LocalDate.of(2016, 1, 1).plusDays(d));
        Arbitrary<List<Integer>> gaps = Arbitraries.integers().between(1, 400).list().ofMinSize(1).ofMaxSize(6);
        Arbitrary<List<BigDecimal>> values = Arbitraries.bigDecimals()
                .between(BigDecimal.valueOf(-100_000), BigDecimal.valueOf(100_000)).ofScale(2).list().ofSize(7);
        return Combinators.combine(first, gaps, values).as((start, gapList, valueList) -> {
            List<Trajectory.Point> points = new ArrayList<>();
            LocalDate date = start;
            points.add(new Trajectory.Point(date, valueList.get(0)));
            for (int i = 0; i < gapList.size(); i++) {
                date = date.plusDays(gapList.get(i));
                points.add(new Trajectory.Point(date, valueList.get(i + 1)));
            }
            return points;
        });
    }

    @Property
    void passesThroughEveryPoint(@ForAll("points") List<Trajectory.Point> points, @ForAll Direction direction) {
        Trajectory trajectory = Trajectory.through(direction, points);

        for (Trajectory.Point point : points) {
            assertThat(trajectory.valueAt(point.date())).isEqualByComparingTo(point.value());
        }
    }

    @Property
    void staysBetweenTheTwoPointsEitherSide(@ForAll("points") List<Trajectory.Point> points,
                                           @ForAll @IntRange(max = 1000) int segment, @ForAll @IntRange(max = 400) int day) {
        Trajectory trajectory = Trajectory.through(Direction.UP, points);
        Trajectory.Point from = points.get(segment % (points.size() - 1));
        Trajectory.Point to = points.get(segment % (points.size() - 1) + 1);
        LocalDate date = from.date().plusDays(day % ChronoUnit.DAYS.between(from.date(), to.date()));

        BigDecimal value = trajectory.valueAt(date);

        assertThat(value).isBetween(from.value().min(to.value()), from.value().max(to.value()));
    }

    @Property
    void movesOneWayBetweenTwoPoints(@ForAll("points") List<Trajectory.Point> points,
                                     @ForAll @IntRange(max = 1000) int segment,
                                     @ForAll @IntRange(max = 400) int day, @ForAll @IntRange(max = 400) int laterDay) {
        Trajectory trajectory = Trajectory.through(Direction.DOWN, points);
        Trajectory.Point from = points.get(segment % (points.size() - 1));
        Trajectory.Point to = points.get(segment % (points.size() - 1) + 1);
        long span = ChronoUnit.DAYS.between(from.date(), to.date());
        LocalDate earlier = from.date().plusDays(Math.min(day, laterDay) % (span + 1));
        LocalDate later = from.date().plusDays(Math.min(span, Math.max(day, laterDay)));

        int step = trajectory.valueAt(later).compareTo(trajectory.valueAt(earlier));

        int way = to.value().compareTo(from.value());
        assertThat(step == 0 || Integer.signum(step) == Integer.signum(way)).as("from %s on %s to %s on %s",
                trajectory.valueAt(earlier), earlier, trajectory.valueAt(later), later).isTrue();
    }

    @Property
    void theOrderInWhichThePointsAreGivenDoesNotMatter(@ForAll("points") List<Trajectory.Point> points,
                                                       @ForAll long seed, @ForAll @IntRange(max = 3000) int day) {
        List<Trajectory.Point> shuffled = new ArrayList<>(points);
        Collections.shuffle(shuffled, new Random(seed));
        LocalDate date = points.get(0).date().plusDays(day);

        assertThat(Trajectory.through(Direction.UP, shuffled).valueAt(date))
                .isEqualTo(Trajectory.through(Direction.UP, points).valueAt(date));
    }

    @Property
    void anActualOffTheLineIsOnTrajectoryOneWayAndBehindTheOther(@ForAll("points") List<Trajectory.Point> points,
                                                                 @ForAll @IntRange(max = 3000) int day,
                                                                 @ForAll @IntRange(min = -5000, max = 5000) int offset) {
        LocalDate date = points.get(0).date().plusDays(day);
        BigDecimal expected = Trajectory.through(Direction.UP, points).valueAt(date);
        BigDecimal actual = expected.add(BigDecimal.valueOf(offset, 2));

        TrajectoryStanding up = Trajectory.through(Direction.UP, points).standing(date, actual);
        TrajectoryStanding down = Trajectory.through(Direction.DOWN, points).standing(date, actual);

        if (offset == 0) {
            assertThat(up).isEqualTo(TrajectoryStanding.ON).isEqualTo(down);
        } else {
            assertThat(up).isNotEqualTo(down);
            assertThat(up).isEqualTo(offset > 0 ? TrajectoryStanding.ON : TrajectoryStanding.BEHIND);
        }
    }
}
