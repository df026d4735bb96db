package org.wsoa.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsoa.calendar.WorkingDays;
import org.wsoa.load.PlanFixtures;
import org.wsoa.load.PlanLoader;
import org.wsoa.model.ActionStatus;
import org.wsoa.model.Frequency;
import org.wsoa.model.OverallRating;

/** The progress files worked out as at a reporting point: the latest of each thing, with its date. */
class PlanProgressTest {

    @TempDir
    Path temp;

    private Path plan;

    /** The tiny plan (progress as at 31 March 2022) and two more quarters. */
    @BeforeEach
    void threeQuarters() throws IOException {
        plan = PlanFixtures.copy(PlanFixtures.TINY, temp.resolve("plan"));
        Files.writeString(plan.resolve("progress/2022-06-30.yaml"), String.join("\n",
                "date: 2022-06-30",
                "actions:",
                "  W1.1:",
                "    status: complete",
                "    completed: 2022-05-20",
                "    evidence:",
                "      - {title: Staffing report, date: 2022-05-31, kind: report, link: \"https://example.org/a\"}",
                "  W1.2:",
                "    status: at-risk",
                "    update: Two providers have not signed.",
                "    revised-due: {date: 2022-09-30, agreed-by: DfE, agreed-on: 2022-06-14, reason: More time.}",
                "kpis:",
                "  K1:",
                "    actuals:",
                "      - {date: 2022-05-31, value: 44}",
                "      - {date: 2022-04-29, value: 41}",
                "areas:",
                "  W1: {rating: good-progress}",
                "reviews:",
                "  - {date: 2022-09-14, with: DfE and NHS England advisers, evidence-due: 2022-08-31}",
                ""));
        Files.writeString(plan.resolve("progress/2022-09-30.yaml"), String.join("\n",
                "date: 2022-09-30",
                "actions:",
                "  W1.1:",
                "    status: complete-and-embedded",
                "    evidence:",
                "      - {title: Caseload audit, date: 2022-09-01, kind: audit, link: \"https://example.org/b\"}",
                "  W1.2:",
                "    update: Signed by all providers but one.",
                "reviews:",
                "  - {date: 2022-09-14, with: DfE and NHS England advisers, outcome: Good progress.}",
                ""));
    }

    private ResolvedPlan resolved(LocalDate asOf) throws Exception {
        return Resolver.resolve(PlanLoader.load(plan), WorkingDays.englandAndWales(), asOf);
    }

    @Test
    void isAsAtTheLatestFileByDefault() throws Exception {
        PlanProgress progress = resolved(null).progress();

        assertThat(progress.asOf()).isEqualTo(LocalDate.of(2022, 9, 30));
        assertThat(progress.reports()).extracting(r -> r.date().toString())
                .containsExactly("2022-03-31", "2022-06-30", "2022-09-30");
        assertThat(progress.latest().date().toString()).isEqualTo("2022-09-30");
        assertThat(progress.cadence()).isEqualTo(Frequency.MONTHLY);
    }

    @Test
    void givesEachActionTheLatestOfEachThingWithItsDateAndTheWholeHistory() throws Exception {
        ResolvedPlan resolved = resolved(null);
        PlanProgress progress = resolved.progress();

        ActionState w11 = progress.action(resolved.action(ref("W1.1")));
        assertThat(w11.status()).isEqualTo(ActionStatus.COMPLETE_AND_EMBEDDED);
        assertThat(w11.statusDate()).isEqualTo(LocalDate.of(2022, 9, 30));
        assertThat(w11.completed().date()).isEqualTo(LocalDate.of(2022, 5, 20));
        assertThat(w11.update().value()).isEqualTo("Two of the four EHC coordinators are in post; the others start in May.");
        assertThat(w11.evidence()).extracting(e -> e.title().value()).containsExactly("Staffing report", "Caseload audit");
        assertThat(w11.history()).extracting(e -> e.date().toString() + " " + e.progress().status().code())
                .containsExactly("2022-03-31 on-track", "2022-06-30 complete", "2022-09-30 complete-and-embedded");
        assertThat(w11.isOverdueOn(LocalDate.of(2022, 9, 30))).isFalse();

        ActionState w12 = progress.action(resolved.action(ref("W1.2")));
        assertThat(w12.status()).isEqualTo(ActionStatus.AT_RISK);
        assertThat(w12.statusDate()).as("the last file gives no status, only an update").isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(w12.lastReported()).isEqualTo(LocalDate.of(2022, 9, 30));
        assertThat(w12.originalDue().date()).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(w12.due().date()).isEqualTo(LocalDate.of(2022, 9, 30));
        assertThat(w12.revisedDue().agreedBy().value()).isEqualTo("DfE");
        assertThat(w12.isOverdueOn(LocalDate.of(2022, 9, 30))).isFalse();
        assertThat(w12.isOverdueOn(LocalDate.of(2022, 10, 1))).isTrue();
    }

    @Test
    void leavesOutTheFilesDatedAfterTheDateAskedFor() throws Exception {
        ResolvedPlan resolved = resolved(LocalDate.of(2022, 8, 1));
        PlanProgress progress = resolved.progress();

        assertThat(progress.asOf()).isEqualTo(LocalDate.of(2022, 8, 1));
        assertThat(progress.reports()).extracting(r -> r.date().toString()).containsExactly("2022-03-31", "2022-06-30");
        assertThat(progress.action(resolved.action(ref("W1.1"))).status()).isEqualTo(ActionStatus.COMPLETE);
        assertThat(progress.reviews()).extracting(r -> r.date() + " " + r.outcome())
                .containsExactly("2022-03-15 Progress agreed; the next review is in September.", "2022-09-14 null");
    }

    @Test
    void givesKpiActualsInDateOrderAndThePeriodsWithoutOne() throws Exception {
        ResolvedPlan resolved = resolved(null);

        KpiState k1 = resolved.progress().kpi(resolved.kpi("K1"));

        assertThat(k1.actuals()).extracting(a -> a.date().toString())
                .containsExactly("2022-02-28", "2022-03-31", "2022-04-29", "2022-05-31");
        assertThat(k1.latest().value()).isEqualByComparingTo("44");
        assertThat(k1.standing(k1.latest())).isEqualTo(TrajectoryStanding.ON);
        assertThat(k1.missed()).extracting(ReportingPeriod::label).containsExactly("June 2022", "July 2022", "August 2022");
    }

    @Test
    void givesTheLatestAreaRatingAndReviewMeetingsOnceEach() throws Exception {
        ResolvedPlan resolved = resolved(null);
        PlanProgress progress = resolved.progress();

        assertThat(progress.area(resolved.weakness("W1")).rating()).isEqualTo(OverallRating.GOOD_PROGRESS);
        assertThat(progress.risk(resolved.plan().risks().get(0)).rating()).isEqualTo(8);
        assertThat(progress.reviews()).extracting(r -> r.date() + " " + r.outcome())
                .containsExactly("2022-03-15 Progress agreed; the next review is in September.", "2022-09-14 Good progress.");
    }

    @Test
    void aPlanWithoutProgressFilesIsThePlanAsAgreed() throws Exception {
        Files.walk(plan.resolve("progress")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());

        ResolvedPlan resolved = resolved(null);

        assertThat(resolved.progress().isRecorded()).isFalse();
        assertThat(resolved.progress().reports()).isEmpty();
        assertThat(resolved.progress().action(resolved.action(ref("W1.1"))).status()).isNull();
        assertThat(resolved.progress().action(resolved.action(ref("W1.1"))).due().date())
                .isEqualTo(LocalDate.of(2022, 5, 31));
        assertThat(resolved.progress().kpi(resolved.kpi("K1")).missed()).isEmpty();
    }

    private static org.wsoa.model.Ref ref(String id) {
        return new org.wsoa.model.Ref(id, org.wsoa.model.SourceRef.file("test"));
    }
}
