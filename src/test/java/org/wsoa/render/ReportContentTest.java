package org.wsoa.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsoa.load.PlanFixtures;
import org.wsoa.model.ActionStatus;
import org.wsoa.resolve.TrajectoryStanding;

/** What the progress report selects, as at a date, on the tiny plan with three quarters of progress. */
class ReportContentTest {

    @TempDir
    Path temp;

    private Path plan;

    @BeforeEach
    void threeQuarters() {
        plan = PlanFixtures.tinyWithThreeQuarters(temp.resolve("plan"));
    }

    private ReportContent report(LocalDate asOf, Period ahead, boolean exceptions) {
        return ReportContent.of(ReportEditionsTest.resolved(plan, asOf), new ReportOptions(ahead, exceptions));
    }

    private ReportContent report(LocalDate asOf) {
        return report(asOf, Period.ofWeeks(6), false);
    }

    @Test
    void anActionPastItsRevisedDateIsOverdueAndNamedWithBothDates() throws Exception {
        ReportContent report = report(LocalDate.of(2022, 10, 15));

        assertThat(report.overdue).extracting(a -> a.action().id()).containsExactly("W1.2");
        String md = new ReportMarkdown(report).write();
        assertThat(md).contains("| W1.2 | Agree a six-week deadline for health advice. | Bina Patel"
                + " (NHS Exampleshire Integrated Care Board) | ~~30 June 2022~~ revised to 30 September 2022, agreed by"
                + " DfE on 14 June 2022 | 15 | At risk (reported 30 June 2022) |");
    }

    @Test
    void anActionDueOnTheReportingPointIsDueNotOverdue() {
        ReportContent report = report(LocalDate.of(2022, 9, 30));

        assertThat(report.overdue).isEmpty();
        assertThat(report.dueSoon).extracting(a -> a.action().id()).containsExactly("W1.2");
    }

    @Test
    void aheadSetsHowFarTheReportLooksForActionsFallingDue() {
        LocalDate asOf = LocalDate.of(2022, 6, 30);

        assertThat(report(asOf, Period.ofWeeks(6), false).dueSoon).isEmpty();
        assertThat(report(asOf, Period.ofMonths(3), false).dueSoon).extracting(a -> a.action().id())
                .containsExactly("W1.2");
        assertThat(report(asOf, Period.ofMonths(3), false).aheadUntil).isEqualTo(LocalDate.of(2022, 9, 30));
        assertThat(new ReportOptions(Period.ofMonths(3), false).aheadInWords()).isEqualTo("3 months");
        assertThat(new ReportOptions(Period.ofDays(10), false).aheadInWords()).isEqualTo("10 days");
        assertThat(new ReportOptions(Period.ofWeeks(1), false).aheadInWords()).isEqualTo("1 week");
    }

    @Test
    void anActionUnderWayThatTheLatestFileLeavesOutHasNoUpdate() {
        ReportContent report = report(LocalDate.of(2022, 9, 30));

        assertThat(report.notUpdated).extracting(a -> a.action().id()).containsExactly("W1.2");
        assertThat(report.notUpdated.get(0).state().lastReported()).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(report(LocalDate.of(2022, 6, 30)).notUpdated).isEmpty();
    }

    @Test
    void atRiskAndOffTrackActionsNeedAttention() {
        assertThat(report(LocalDate.of(2022, 9, 30)).attention).extracting(a -> a.state().status())
                .containsExactly(ActionStatus.AT_RISK);
        assertThat(report(LocalDate.of(2022, 3, 31)).attention).isEmpty();
    }

    @Test
    void everyKpiIsJudgedAtItsLatestActualsDateInItsOwnDirection() {
        ReportContent report = report(LocalDate.of(2022, 9, 30));

        assertThat(report.kpis).singleElement().satisfies(kpi -> {
            assertThat(kpi.latest().value()).isEqualByComparingTo("43");
            assertThat(kpi.expected()).isEqualByComparingTo("45");
            assertThat(kpi.standing()).isEqualTo(TrajectoryStanding.BEHIND);
            // 45 on 31 August 2022 to 60 on 31 March 2023: 30 of 212 days on.
            assertThat(ReportContent.rounded(kpi.expectedAsAt(), kpi.kpi())).isEqualByComparingTo("47.1");
        });
        assertThat(report(LocalDate.of(2022, 6, 30)).kpis.get(0).standing()).isEqualTo(TrajectoryStanding.ON);
    }

    @Test
    void theExceptionReportKeepsOnlyKpisBehindTrajectory() {
        assertThat(report(LocalDate.of(2022, 9, 30), Period.ofWeeks(6), true).kpis).hasSize(1);
        assertThat(report(LocalDate.of(2022, 6, 30), Period.ofWeeks(6), true).kpis).isEmpty();
        assertThat(report(LocalDate.of(2022, 6, 30), Period.ofWeeks(6), true).hasExceptions()).isTrue();
    }

    @Test
    void evidenceIsIndexedByAreaInDateOrder() {
        ReportContent report = report(LocalDate.of(2022, 9, 30));

        assertThat(report.evidence).singleElement().satisfies(group -> {
            assertThat(group.weakness().id()).isEqualTo("W1");
            assertThat(group.items()).extracting(e -> e.evidence().title().value())
                    .containsExactly("Staffing report", "Caseload audit");
        });
    }

    @Test
    void actionsAreCountedByStatusInWords() {
        assertThat(report(LocalDate.of(2022, 9, 30)).total.inWords())
                .isEqualTo("2 actions: 1 complete and embedded and 1 at risk");
        assertThat(report(LocalDate.of(2022, 3, 31)).areas.get(0).counts().inWords())
                .isEqualTo("2 actions: 1 on track and 1 not started");
        StatusCounts counts = new StatusCounts();
        counts.add(ActionStatus.ON_TRACK);
        counts.add(ActionStatus.ON_TRACK);
        counts.add(null);
        assertThat(counts.inWords()).isEqualTo("3 actions: 2 on track and 1 not yet reported");
        StatusCounts all = new StatusCounts();
        all.add(ActionStatus.COMPLETE);
        all.add(ActionStatus.COMPLETE);
        assertThat(all.inWords()).isEqualTo("2 actions: all complete");
        assertThat(new StatusCounts().inWords()).isEqualTo("No actions");
    }

    @Test
    void theHtmlShowsTheOriginalDueDateStruckThroughBesideTheRevisedOneAndWhoAgreedIt() throws Exception {
        String html = new String(ReportEditionsTest.render("html", ReportEditionsTest.resolved(plan,
                LocalDate.of(2022, 10, 15)), ReportOptions.DEFAULT), StandardCharsets.UTF_8);

        assertThat(html).contains("<td class=\"due\"><span class=\"original-due\">Originally <del><time"
                + " datetime=\"2022-06-30\">30 June 2022</time></del></span><br/><strong class=\"revised-due\">Revised to"
                + " <time datetime=\"2022-09-30\">30 September 2022</time></strong>, agreed by DfE on <time"
                + " datetime=\"2022-06-14\">14 June 2022</time></td>");
        assertThat(html).contains("<strong class=\"tag status-complete-and-embedded\">Complete and embedded</strong>");
    }
}
