package org.wsoa.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsoa.load.PlanFixtures;

/** What counts as a change, and where it is reported, on small edits of the tiny plan. */
class PlanComparerTest {

    private static final String W2 = """
            id: W2
            title: Waiting times for assessment
            finding: Families wait too long for a neurodevelopmental assessment.
            intent: Children are assessed within 18 weeks.
            success-criteria:
              - id: W2.SC1
                text: Nine in ten assessments start within 18 weeks.
            kpis:
              - id: K2
                name: Assessments started within 18 weeks
                unit: "%"
                direction: up
                baseline: {value: 40, date: 2021-08-31}
                target: {value: 90, date: 2023-03-31}
                frequency: monthly
                source: Trust waiting list
                owner: bpatel
            qualitative-evidence:
              - Survey of families on the waiting list.
            contributions:
              local-authority: The council funds a family support worker.
              education: Schools support children while they wait.
              health: The trust adds two clinics a week.
              social-care: Short breaks are offered while families wait.
            actions:
              - id: W2.1
                action: Add two assessment clinics a week.
                lead: bpatel
                partners: [icb]
                start: 2022-03-01
                due: 2022-09-30
                impact: Waits fall below 18 weeks.
            """;

    @TempDir
    Path temp;

    private Path old;
    private Path now;

    @BeforeEach
    void copies() {
        old = PlanFixtures.copy(PlanFixtures.TINY, temp.resolve("old"));
        now = PlanFixtures.copy(PlanFixtures.TINY, temp.resolve("new"));
    }

    private static String text(Path from, Path to) {
        StringWriter out = new StringWriter();
        PlanDiff diff = PlanComparer.compare(PlanFixtures.resolved(from), PlanFixtures.resolved(to), "old", "new");
        try (PrintWriter writer = new PrintWriter(out)) {
            new TextDiff().write(diff, writer);
        }
        return out.toString().replace(System.lineSeparator(), "\n");
    }

    @Test
    void aPersonKnownByAnotherIdIsTheSamePerson() {
        replaceEverywhere(now, "amorgan", "alex.morgan");

        assertThat(text(old, now)).isEqualTo("No changes to Written Statement of Action from old to new.\n");
    }

    @Test
    void wordingReflowedOverTwoLinesIsTheSameWording() {
        PlanFixtures.edit(now, "weaknesses/w1.yaml", "    action: Recruit four more EHC coordinators.",
                "    action: >\n      Recruit four more\n      EHC coordinators.");

        assertThat(text(old, now)).startsWith("No changes");
    }

    @Test
    void newWordingIsAChange() {
        PlanFixtures.edit(now, "weaknesses/w1.yaml", "    action: Recruit four more EHC coordinators.",
                "    action: Recruit five more EHC coordinators.");
        PlanFixtures.edit(now, "progress/2022-03-31.yaml", "    status: on-track", "    status: at-risk");

        assertThat(text(old, now)).contains("""
                W1: Timeliness of EHC plans
                  Action W1.1 (changed): Recruit five more EHC coordinators.
                    Action: was Recruit four more EHC coordinators., now Recruit five more EHC coordinators.
                    Status: was On track, now At risk
                """);
    }

    @Test
    void anAreaAddedBringsItsActionsAndKpisAndOneRemovedTakesThem() throws IOException {
        Files.writeString(now.resolve("weaknesses/w2.yaml"), W2);

        assertThat(text(old, now)).isEqualTo("""
                Changes to Written Statement of Action from old to new:

                W2: Waiting times for assessment (added)
                  Action W2.1 (added): Add two assessment clinics a week.
                    Lead: Bina Patel
                    Start: 1 March 2022
                    Due: 30 September 2022
                  KPI K2 (added): Assessments started within 18 weeks
                    Baseline: 40% on 31 August 2021
                    Target: 90% on 31 March 2023

                3 changes.
                """);
        assertThat(text(now, old)).contains("""
                W2: Waiting times for assessment (removed)
                  Action W2.1 (removed): Add two assessment clinics a week.
                    Lead: Bina Patel
                """).endsWith("\n3 changes.\n");
    }

    @Test
    void anActionMovedToAnotherAreaIsAChangeOfAreaThere() throws IOException {
        Files.writeString(old.resolve("weaknesses/w2.yaml"), W2);
        String moved = """
                  - id: W1.2
                    action: Agree a six-week deadline for health advice.
                    lead: bpatel
                    partners: [icb, pcf]
                    start: 2022-03-01
                    due: 2022-06-30
                    depends-on: [W1.1]
                    impact: 90% of health advice returned within six weeks.
                """;
        String w1 = Files.readString(now.resolve("weaknesses/w1.yaml"));
        assertThat(w1).endsWith(moved);
        Files.writeString(now.resolve("weaknesses/w1.yaml"), w1.substring(0, w1.length() - moved.length()));
        Files.writeString(now.resolve("weaknesses/w2.yaml"), W2 + moved);

        assertThat(text(old, now)).isEqualTo("""
                Changes to Written Statement of Action from old to new:

                W2: Waiting times for assessment
                  Action W1.2 (changed): Agree a six-week deadline for health advice.
                    Area: was W1: Timeliness of EHC plans, now W2: Waiting times for assessment

                1 change.
                """);
    }

    @Test
    void boardsAddedRemovedAndChangedAreGovernance() {
        PlanFixtures.edit(now, "governance.yaml", "    chair: amorgan\n    members: [ecc, icb]",
                "    chair: bpatel\n    members: [ecc, icb, pcf]");
        PlanFixtures.edit(now, "governance.yaml", "    meets: monthly\n    reports-to: hwb",
                "    meets: six-weekly\n    reports-to: pb\n  - id: pb\n    name: Partnership Board\n    chair: cjones\n"
                        + "    members: [ecc, icb]\n    meets: quarterly\n    reports-to: hwb");

        assertThat(text(old, now)).isEqualTo("""
                Changes to Written Statement of Action from old to new:

                Governance
                  Board sib (changed): SEND Improvement Board
                    Reports to: was Health and Wellbeing Board, now Partnership Board
                    Meets: was monthly, now six-weekly
                  Board pb (added): Partnership Board
                    Chair: Chris Jones
                    Reports to: Health and Wellbeing Board
                  Board hwb (changed): Health and Wellbeing Board
                    Chair: was Alex Morgan, now Bina Patel
                    Members added: Exampleshire Parent Carer Forum

                3 changes.
                """);
        assertThat(text(now, old)).contains("""
                  Board pb (removed): Partnership Board
                    Chair: Chris Jones
                """);
    }

    @Test
    void aNewProgressReportBringsStatusesAndRevisedDueDates() throws IOException {
        Files.writeString(now.resolve("progress/2022-06-30.yaml"), """
                date: 2022-06-30
                actions:
                  W1.1:
                    status: complete
                    completed: 2022-05-27
                    update: All four EHC coordinators are in post.
                  W1.2:
                    status: at-risk
                    update: The providers need longer to agree the deadline.
                    revised-due:
                      date: 2022-09-30
                      agreed-by: DfE
                      agreed-on: 2022-06-14
                      reason: The providers asked for a consultation with their clinicians.
                """);

        assertThat(text(old, now)).isEqualTo("""
                Changes to Written Statement of Action from old to new:

                The plan
                  Progress as at: was 31 March 2022, now 30 June 2022

                W1: Timeliness of EHC plans
                  Action W1.1 (changed): Recruit four more EHC coordinators.
                    Status: was On track, now Complete
                  Action W1.2 (changed): Agree a six-week deadline for health advice.
                    Revised due date: was not set, now 30 September 2022
                    Status: was Not started, now At risk

                3 changes.
                """);
    }

    @Test
    void thePlansDatesAreComparedAsWorkedOut() {
        PlanFixtures.edit(now, "plan.yaml", "  report-received: 2021-11-05", "  report-received: 2021-11-08");
        PlanFixtures.edit(now, "plan.yaml", "status: final", "status: draft");

        assertThat(text(old, now)).isEqualTo("""
                Changes to Written Statement of Action from old to new:

                The plan
                  Status: was final, now draft
                  Report received: was 5 November 2021, now 8 November 2021
                  Deadline: was 16 February 2022, now 17 February 2022

                3 changes.
                """);
    }

    private static void replaceEverywhere(Path plan, String from, String to) {
        try (Stream<Path> files = Files.walk(plan)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.writeString(file, Files.readString(file).replace(from, to));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
