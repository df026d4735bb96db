package org.wsoa.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wsoa.load.PlanFixtures;
import org.wsoa.model.Dated;
import org.wsoa.model.Destination;
import org.wsoa.model.Direction;
import org.wsoa.model.Kpi;
import org.wsoa.model.KpiActual;
import org.wsoa.model.Measure;
import org.wsoa.model.PlanKind;
import org.wsoa.model.SourceRef;
import org.wsoa.model.Text;

/** A plan at its close: which actions are outstanding, what closure.yaml says of them, and each KPI's outcome. */
class PlanClosureTest {

    @TempDir
    Path temp;

    @Test
    void anOpenPlanHasNoClosure() {
        assertThat(PlanFixtures.resolved(PlanFixtures.TINY).closure()).isNull();
    }

    @Test
    void theTinyPlanClosedWithW11CompleteAndW12GoingToTheAcceleratedProgressPlan() {
        PlanClosure closure = PlanFixtures.resolved(PlanFixtures.tinyClosed(temp.resolve("tiny"))).closure();

        assertThat(closure.closedOn()).isEqualTo(LocalDate.of(2023, 7, 14));
        assertThat(closure.asOf()).isEqualTo(LocalDate.of(2022, 9, 30));
        assertThat(closure.completed()).extracting(c -> c.action().id()).containsExactly("W1.1");
        assertThat(closure.outstanding()).extracting(o -> o.action().id() + " " + o.state().status().code() + " "
                + o.destination().code() + " " + o.entry().owner().id()).containsExactly("W1.2 at-risk next-plan amorgan");
        assertThat(closure.goingTo(Destination.NEXT_PLAN)).hasSize(1);
        assertThat(closure.goingTo(Destination.SEND_STRATEGY)).isEmpty();
        assertThat(closure.notOutstanding()).isEmpty();
        assertThat(closure.afterClosing()).isEmpty();
        assertThat(closure.kpis()).extracting(k -> k.kpi().id() + " " + k.latest().value() + " " + k.outcome().code())
                .containsExactly("K1 43 improved");
    }

    @Test
    void asAtADayBeforeItClosedThePlanWasOpenAndAsAtItsCloseItHadClosed() throws Exception {
        Path plan = PlanFixtures.tinyClosed(temp.resolve("tiny"));
        var loaded = org.wsoa.load.PlanLoader.load(plan);
        var calendar = org.wsoa.calendar.WorkingDays.englandAndWales();

        assertThat(Resolver.resolve(loaded, calendar, LocalDate.of(2022, 6, 30)).closure()).isNull();
        assertThat(Resolver.resolve(loaded, calendar, LocalDate.of(2023, 7, 13)).closure()).isNull();
        assertThat(Resolver.resolve(loaded, calendar, LocalDate.of(2023, 7, 14)).closure().closedOn())
                .isEqualTo(LocalDate.of(2023, 7, 14));
        assertThat(Resolver.resolve(loaded, calendar, null).closure().closedOn()).isEqualTo(LocalDate.of(2023, 7, 14));
    }

    @Test
    void bcpsNineteenOutstandingActionsEachHaveTheirDestination() {
        PlanClosure closure = PlanFixtures.resolved(Path.of("plans/bcp-wsoa-2021")).closure();

        assertThat(closure.completed()).hasSize(29);
        assertThat(closure.outstanding()).hasSize(19).allSatisfy(o -> assertThat(o.destination()).isNotNull());
        assertThat(List.of(Destination.values())).extracting(d -> closure.goingTo(d).size()).containsExactly(5, 5, 8, 1);
    }

    @ParameterizedTest(name = "{0} from {1} to {2}, latest {3}: {4}")
    @CsvSource(nullValues = "-", value = {
        "up, 32, 60, 60, target-met",
        "up, 32, 60, 75, target-met",
        "up, 32, 60, 59.9, improved",
        "up, 32, 60, 32, not-improved",
        "up, 32, 60, 20, not-improved",
        "down, 78, 40, 40, target-met",
        "down, 78, 40, 60, improved",
        "down, 78, 40, 90, not-improved",
        "up, 32, 60, -, not-measured",
        "up, -, 60, 75, target-met",
        "up, -, 60, 50, cannot-be-judged",
        "up, 32, -, 40, improved",
        "up, -, -, 40, cannot-be-judged"})
    void aKpisOutcomeIsJudgedInItsOwnDirection(String direction, BigDecimal baseline, BigDecimal target,
                                               BigDecimal latest, String outcome) {
        Kpi kpi = new Kpi("K1", new Text("EHC plans in 20 weeks", null), null,
                direction.equals("up") ? Direction.UP : Direction.DOWN, measure(baseline), measure(target), List.of(),
                null, null, null, null);
        KpiActual actual = latest == null ? null
                : new KpiActual(null, new Dated(LocalDate.of(2023, 3, 31), null), latest, null, null);

        assertThat(TargetOutcome.of(kpi, actual).code()).isEqualTo(outcome);
    }

    private static Measure measure(BigDecimal value) {
        return value == null ? null : new Measure(value, new Dated(LocalDate.of(2022, 1, 31), null), (SourceRef) null);
    }

    @Test
    void theNextPlanIsNamedForTheKindThatCloses() {
        assertThat(Destination.NEXT_PLAN.words(PlanKind.WSOA)).isEqualTo("the Accelerated Progress Plan");
        assertThat(Destination.NEXT_PLAN.words(PlanKind.PRIORITY_ACTION_PLAN)).isEqualTo("the next Priority Action Plan");
        assertThat(Destination.NEXT_PLAN.words(PlanKind.APP)).isNull();
        assertThat(Destination.NEXT_PLAN.words(PlanKind.STRATEGIC_PLAN)).isNull();
        assertThat(Destination.BUSINESS_AS_USUAL.words(PlanKind.APP)).isEqualTo("business as usual");
    }
}
