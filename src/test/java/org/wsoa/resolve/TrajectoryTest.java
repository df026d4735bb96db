package org.wsoa.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsoa.load.PlanFixtures;
import org.wsoa.model.Direction;
import org.wsoa.model.Kpi;

class TrajectoryTest {

    /** The tiny plan's K1: 32% on 31 August 2021, 45% on 31 August 2022, 60% on 31 March 2023. */
    private static final Kpi K1 = PlanFixtures.resolved(PlanFixtures.TINY).kpi("K1");

    @Test
    void isAStraightLineBetweenTheBaselineAndTheFirstMilestoneDayByDay() {
        Trajectory trajectory = Trajectory.of(K1);

        // 181 of the 365 days from the baseline to the milestone: 32 + 13 x 181 / 365.
        assertThat(trajectory.valueAt(LocalDate.of(2022, 2, 28))).isEqualByComparingTo("38.446575342465753");
        assertThat(trajectory.valueAt(LocalDate.of(2022, 8, 31))).isEqualByComparingTo("45");
        // 30 of the 212 days from the milestone to the target: 45 + 15 x 30 / 212.
        assertThat(trajectory.valueAt(LocalDate.of(2022, 9, 30))).isEqualByComparingTo("47.122641509433962");
    }

    @Test
    void expectsNothingBeforeTheBaselineAndTheTargetAfterIt() {
        Trajectory trajectory = Trajectory.of(K1);

        assertThat(trajectory.valueAt(LocalDate.of(2021, 8, 30))).isNull();
        assertThat(trajectory.valueAt(LocalDate.of(2023, 3, 31))).isEqualByComparingTo("60");
        assertThat(trajectory.valueAt(LocalDate.of(2024, 1, 1))).isEqualByComparingTo("60");
        assertThat(trajectory.standing(LocalDate.of(2021, 8, 30), BigDecimal.TEN)).isNull();
    }

    @Test
    void judgesAnActualInTheKpisOwnDirection() {
        LocalDate date = LocalDate.of(2022, 8, 31);

        assertThat(Trajectory.of(K1).standing(date, new BigDecimal("44.9"))).isEqualTo(TrajectoryStanding.BEHIND);
        assertThat(Trajectory.of(K1).standing(date, new BigDecimal("45"))).isEqualTo(TrajectoryStanding.ON);
        Trajectory waits = Trajectory.through(Direction.DOWN, List.of(
                new Trajectory.Point(LocalDate.of(2021, 10, 31), new BigDecimal("1950")),
                new Trajectory.Point(LocalDate.of(2023, 3, 31), new BigDecimal("900"))));
        assertThat(waits.standing(LocalDate.of(2021, 10, 31), new BigDecimal("1949"))).isEqualTo(TrajectoryStanding.ON);
        assertThat(waits.standing(LocalDate.of(2021, 10, 31), new BigDecimal("1951"))).isEqualTo(TrajectoryStanding.BEHIND);
    }

    @Test
    void ofTwoPointsOnOneDateTheLaterInTheListCounts() {
        Trajectory trajectory = Trajectory.through(Direction.UP, List.of(
                new Trajectory.Point(LocalDate.of(2022, 1, 1), BigDecimal.ONE),
                new Trajectory.Point(LocalDate.of(2022, 1, 1), BigDecimal.TEN)));

        assertThat(trajectory.points()).singleElement().satisfies(p -> assertThat(p.value()).isEqualTo(BigDecimal.TEN));
    }

    @Test
    void aKpiWithoutADirectionHasValuesButNoStanding() {
        Trajectory trajectory = Trajectory.through(null, List.of(
                new Trajectory.Point(LocalDate.of(2022, 1, 1), BigDecimal.ONE)));

        assertThat(trajectory.valueAt(LocalDate.of(2022, 2, 1))).isEqualByComparingTo("1");
        assertThat(trajectory.standing(LocalDate.of(2022, 2, 1), BigDecimal.ONE)).isNull();
    }
}
