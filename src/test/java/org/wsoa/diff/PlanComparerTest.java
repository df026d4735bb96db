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
        return written(new TextDiff(), from, to);
    }

    private static String written(DiffFormat format, Path from, Path to) {
        StringWriter out = new StringWriter();
        PlanDiff diff = PlanComparer.compare(PlanFixtures.resolved(from), PlanFixtures.resolved(to), "old", "new");
        try (PrintWriter writer = new PrintWriter(out)) {
            format.write(diff, writer);
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

    @Test
    void thePlansContactSignOffsRiskMatrixAndFundingStreamsAreThePlans() throws IOException {
        PlanFixtures.edit(now, "plan.yaml", "status: final", "status: draft");
        PlanFixtures.edit(now, "plan.yaml", "\nvalidation:",
                "\n  - body: Health and Wellbeing Board\n    date: pending\n"
                        + "considered-by:\n  - body: Children and Young People Scrutiny Committee\n    date: 2022-01-20\n"
                        + "    note: Asked for a clearer measure of waiting times.\ncontact:\n  name: SEND Improvement Team\n"
                        + "  email: send@exampleshire.gov.uk\nvalidation:");
        Files.writeString(now.resolve("risks.yaml"), "matrix:\n  size: 5x5\n  bands:\n    - {from: 1, to: 4, rating: low}\n"
                + "    - {from: 5, to: 11, rating: medium}\n    - {from: 12, to: 25, rating: high}\n"
                + Files.readString(old.resolve("risks.yaml")));
        Files.writeString(now.resolve("resources.yaml"), "funding-streams:\n  - id: hnb\n    name: High Needs Block\n"
                + Files.readString(old.resolve("resources.yaml")));

        assertThat(text(old, now)).isEqualTo("""
                Changes to Written Statement of Action from old to new:

                The plan
                  Status: was final, now draft
                  Contact: was not set, now SEND Improvement Team, send@exampleshire.gov.uk
                  Approved by: was Cabinet, 8 February 2022, signed for by Alex Morgan, now Cabinet, 8 February 2022, \
                signed for by Alex Morgan; Health and Wellbeing Board, pending
                  Also considered by: was not set, now Children and Young People Scrutiny Committee, 20 January 2022: \
                Asked for a clearer measure of waiting times.
                  Risk matrix: was 5 × 5: 1 to 7 Low, 8 to 14 Medium, 15 to 25 High, now 5 × 5: 1 to 4 low, 5 to 11 medium, \
                12 to 25 high
                  Funding streams: was not set, now High Needs Block

                Risks
                  Risk R1 (changed): Recruitment
                    Rating: was 12 (Medium), now 12 (High)

                7 changes.
                """);
    }

    @Test
    void shortNamesSuccessionContactsAndBodiesAreGovernance() {
        PlanFixtures.edit(now, "people.yaml", "    name: NHS Exampleshire Integrated Care Board\n",
                "    name: NHS Exampleshire Integrated Care Board\n    short-name: Exampleshire ICB\n");
        PlanFixtures.edit(now, "people.yaml", "    name: Exampleshire Schools Forum\n    type: education\n",
                "    name: Exampleshire Schools Forum\n    type: education\n    succeeded-by: {organisation: ecc, on: 2022-09-01}\n");
        PlanFixtures.edit(now, "people.yaml", "    organisation: icb\n",
                "    organisation: icb\n    contact: {email: bina.patel@nhs.net, phone: 01234 567890}\n");
        PlanFixtures.edit(now, "governance.yaml", "    name: SEND Improvement Board\n",
                "    name: SEND Improvement Board\n    short-name: SIB\n");
        PlanFixtures.edit(now, "governance.yaml", "monitoring:\n", "bodies:\n  - id: cabinet\n    name: Cabinet\n"
                + "    organisation: ecc\nmonitoring:\n");

        assertThat(text(old, now)).isEqualTo("""
                Changes to Written Statement of Action from old to new:

                Governance
                  Organisation icb (changed): NHS Exampleshire Integrated Care Board
                    Short name: was not set, now Exampleshire ICB
                  Organisation schools (changed): Exampleshire Schools Forum
                    Succeeded by: was not set, now Exampleshire County Council
                    Succeeded on: was not set, now 1 September 2022
                  Person bpatel (changed): Bina Patel
                    Contact: was not set, now bina.patel@nhs.net, 01234 567890
                  Board sib (changed): SEND Improvement Board
                    Short name: was not set, now SIB
                  Body cabinet (added): Cabinet
                    Organisation: Exampleshire County Council

                5 changes.
                """);
    }

    @Test
    void aCostNotYetKnownIsAChangeOfCostsAndAResourceAddedGivesItsFunder() {
        PlanFixtures.edit(now, "resources.yaml", "    costs:\n      2021/22: 40000\n      2022/23: 160000\n",
                "    costs: not yet costed\n  - id: F2\n    item: Sleep clinic\n    funder: icb\n    costs: not yet costed\n");
        PlanFixtures.edit(now, "resources.yaml", "  2021/22: 40000\n  2022/23: 160000\n", "  2021/22: 0\n  2022/23: 0\n");

        assertThat(text(old, now)).isEqualTo("""
                Changes to Written Statement of Action from old to new:

                Resources
                  Resource F1 (changed): EHC coordinators (four posts)
                    Costs: was 2021/22: £40,000; 2022/23: £160,000, now not yet costed
                  Resource F2 (added): Sleep clinic
                    Funder: NHS Exampleshire Integrated Care Board
                    Costs: not yet costed

                2 changes.
                """);
        assertThat(written(new MarkdownDiff(), old, now)).isEqualTo("""
                # Changes to Written Statement of Action

                From old to new: 2 changes.

                ## Resources

                ### Resources added

                | Resource | Funder | Costs |
                |---|---|---|
                | F2: Sleep clinic | NHS Exampleshire Integrated Care Board | not yet costed |

                ### Resources changed

                | Resource | What | Was | Now |
                |---|---|---|---|
                | F1: EHC coordinators (four posts) | Costs | 2021/22: £40,000; 2022/23: £160,000 | not yet costed |
                """);
    }

    @Test
    void anActionThatNowRecursHasACadenceAndAnEndInsteadOfADueDate() {
        PlanFixtures.edit(now, "weaknesses/w1.yaml", "    due: 2022-06-30", "    recurs: termly\n    until: 2023-03-31");
        PlanFixtures.edit(now, "weaknesses/w1.yaml", "    impact: 90% of health advice returned within six weeks.\n",
                "    impact: 90% of health advice returned within six weeks.\n  - id: W1.3\n"
                        + "    action: Audit ten EHC plans a month.\n    lead: amorgan\n    start: 2022-03-01\n"
                        + "    recurs: monthly\n    until: 2023-02-28\n");

        assertThat(text(old, now)).isEqualTo("""
                Changes to Written Statement of Action from old to new:

                W1: Timeliness of EHC plans
                  Action W1.2 (changed): Agree a six-week deadline for health advice.
                    Due: was 30 June 2022, now not set
                    Recurs: was not set, now termly
                    Until: was not set, now 31 March 2023
                  Action W1.3 (added): Audit ten EHC plans a month.
                    Lead: Alex Morgan
                    Start: 1 March 2022
                    Recurs: monthly
                    Until: 28 February 2023

                2 changes.
                """);
    }

    @Test
    void theRiskRegisterIsComparedRiskByRiskWithItsRatingAndItsLatestRescoring() throws IOException {
        PlanFixtures.edit(now, "risks.yaml", "    mitigation: Use agency staff while recruiting.\n    likelihood: 3 ",
                "    mitigation: Use agency staff and a regional recruitment campaign.\n    likelihood: 4 ");
        PlanFixtures.edit(now, "risks.yaml", "    owner: amorgan", "    owner: bpatel\n  - id: R2\n    risk: Demand\n"
                + "    description: Requests for assessment keep rising.\n    mitigation: Monthly forecasts.\n"
                + "    likelihood: Possible\n    impact: Marginal\n    rating: Amber\n    owner: cjones");
        Files.writeString(now.resolve("progress/2022-06-30.yaml"), """
                date: 2022-06-30
                risks:
                  R1: {likelihood: 4, impact: 4, note: The second round of recruitment found no one.}
                """);

        assertThat(text(old, now)).isEqualTo("""
                Changes to Written Statement of Action from old to new:

                The plan
                  Progress as at: was 31 March 2022, now 30 June 2022

                Risks
                  Risk R1 (changed): Recruitment
                    Owner: was Alex Morgan, now Bina Patel
                    Likelihood: was 3, now 4
                    Rating: was 12 (Medium), now 16 (High)
                    Rescored: was likelihood 2, impact 4: 8 (Medium), now likelihood 4, impact 4: 16 (High)
                    Mitigation: was Use agency staff while recruiting., now Use agency staff and a regional recruitment \
                campaign.
                  Risk R2 (added): Demand
                    Owner: Chris Jones
                    Likelihood: Possible
                    Impact: Marginal
                    Rating: Amber

                3 changes.
                """);
        assertThat(text(now, old)).contains("""
                  Risk R2 (removed): Demand
                    Owner: Chris Jones
                    Likelihood: Possible
                    Impact: Marginal
                    Rating: Amber
                """);
    }

    @Test
    void aRiskRatedOnTheCouncilsOwnMatrixChangesBandWithTheMatrix() throws IOException {
        Files.writeString(now.resolve("risks.yaml"), "matrix:\n  size: 5x5\n  bands:\n    - {from: 1, to: 4, rating: low}\n"
                + "    - {from: 5, to: 11, rating: medium}\n    - {from: 12, to: 25, rating: high}\n"
                + Files.readString(old.resolve("risks.yaml")));

        assertThat(written(new MarkdownDiff(), old, now)).isEqualTo("""
                # Changes to Written Statement of Action

                From old to new: 2 changes.

                ## The plan

                | What | Was | Now |
                |---|---|---|
                | Risk matrix | 5 × 5: 1 to 7 Low, 8 to 14 Medium, 15 to 25 High | 5 × 5: 1 to 4 low, 5 to 11 medium, 12 to 25 high |

                ## Risks

                ### Risks changed

                | Risk | What | Was | Now |
                |---|---|---|---|
                | R1: Recruitment | Rating | 12 (Medium) | 12 (High) |
                """);
    }

    @Test
    void monitoringLinesAreMatchedByWhatTheyReportOrWhereTheyGo() {
        PlanFixtures.edit(now, "governance.yaml", "    frequency: monthly\n    by: amorgan",
                "    frequency: six-weekly\n    by: bpatel");
        PlanFixtures.edit(now, "governance.yaml", "  - what: Formal progress review", "  - what: Formal progress report");
        PlanFixtures.edit(now, "governance.yaml", "monitoring:\n", "monitoring:\n  - what: Exception report\n"
                + "    to: [sib, hwb]\n    frequency: six-weekly\n    by: cjones\n");

        assertThat(text(old, now)).isEqualTo("""
                Changes to Written Statement of Action from old to new:

                Monitoring
                  Monitoring (added): Exception report
                    Reported to: SEND Improvement Board; Health and Wellbeing Board
                    How often: six-weekly
                    Reported by: Chris Jones
                  Monitoring (changed): KPI dashboard
                    How often: was monthly, now six-weekly
                    Reported by: was Alex Morgan, now Bina Patel
                  Monitoring (changed): Formal progress report
                    What is reported: was Formal progress review, now Formal progress report

                3 changes.
                """);
        assertThat(written(new MarkdownDiff(), now, old)).isEqualTo("""
                # Changes to Written Statement of Action

                From old to new: 3 changes.

                ## Monitoring

                ### Monitoring lines removed

                | Monitoring | Reported to | How often | Reported by |
                |---|---|---|---|
                | Exception report | SEND Improvement Board; Health and Wellbeing Board | six-weekly | Chris Jones |

                ### Monitoring lines changed

                | Monitoring | What | Was | Now |
                |---|---|---|---|
                | KPI dashboard | How often | six-weekly | monthly |
                |  | Reported by | Bina Patel | Alex Morgan |
                | Formal progress review | What is reported | Formal progress report | Formal progress review |
                """);
    }

    @Test
    void aMonitoringLineRewrappedIsNoChangeAndOneInAnotherCaseIsTheSameLine() {
        Path recased = PlanFixtures.copy(PlanFixtures.TINY, temp.resolve("recased"));
        PlanFixtures.edit(now, "governance.yaml", "  - what: KPI dashboard", "  - what: >\n      KPI\n      dashboard");
        PlanFixtures.edit(recased, "governance.yaml", "  - what: KPI dashboard", "  - what: KPI Dashboard");

        assertThat(text(old, now)).startsWith("No changes");
        assertThat(text(old, recased)).endsWith("""
                Monitoring
                  Monitoring (changed): KPI Dashboard
                    What is reported: was KPI dashboard, now KPI Dashboard

                1 change.
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
