package org.wsoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsoa.load.PlanFixtures;
import org.wsoa.load.PlanLoader;
import org.wsoa.model.Action;
import org.wsoa.model.Kpi;
import org.wsoa.model.Plan;
import org.wsoa.model.PlanKind;
import org.wsoa.model.Weakness;
import org.wsoa.rules.Validation;
import org.wsoa.rules.Validator;

/**
 * {@code wsoa init DIR --from PLAN}: the plan that follows another after the visit that judged it,
 * from the example plans with judgements set here. The new plan validates with warnings only, for
 * what its authors must decide; the plan before is never changed.
 */
class InitFromPlanTest {

    private static final Path BCP = Path.of("plans/bcp-wsoa-2021");
    private static final Path WARWICKSHIRE = Path.of("plans/warwickshire-wsoa-2021");
    private static final Path GOLDEN = Path.of("src/test/resources/init/bcp-app");
    /** Run with -Dwsoa.updateGolden=true to rewrite the golden files after a deliberate change. */
    private static final boolean UPDATE = Boolean.getBoolean("wsoa.updateGolden");
    private static final String NL = System.lineSeparator();

    @TempDir
    Path temp;

    @Test
    void bcpsRevisitGivesAnAppForTheTwoAreasJudgedNotSufficient() throws Exception {
        Map<String, String> before = PlanFixtures.digests(BCP);
        Path dir = temp.resolve("bcp-app");

        CliRun run = CliRun.of("init", "app", dir.toString(), "--from", BCP.toString(), "--not-sufficient", "W2,W5",
                "--revisit-received", "2023-06-16", "--due", "2023-09-29");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("Wrote an Accelerated Progress Plan for Bournemouth, Christchurch and Poole in "
                + dir + ", from the Written Statement of Action in plans/bcp-wsoa-2021 as at 30 September 2022: 2 areas"
                + " (W2, W5), 5 actions carried forward, 6 KPIs, each with its latest actual as the new baseline." + NL
                + "14 unfinished actions of the areas not carried forward (W1.6, W3.5, W3.6, W4.5, W4.6, W6.5, W6.7,"
                + " W7.3, W7.4, W7.5, W7.6, W8.4, W8.5, W8.6) stay behind: plans/bcp-wsoa-2021/closure.yaml says where"
                + " each goes (wsoa close plans/bcp-wsoa-2021 writes the closure report)." + NL
                + "Next: decide the places marked [insert ...], among them the new due dates and targets, then run:"
                + " wsoa validate " + dir + NL);
        assertThat(PlanFixtures.digests(BCP)).as("the plan before is only read").isEqualTo(before);
        assertSameAsGolden(dir);
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no temporary directory left").containsExactly("bcp-app");
        }
    }

    @Test
    void saysWhereThePlanBeforesClosureDisagreesWithWhatIsCarriedForward() {
        Path dir = temp.resolve("bcp-app");

        CliRun run = CliRun.of("init", "app", dir.toString(), "--from", BCP.toString(), "--not-sufficient", "W2,W3",
                "--received", "2023-06-16");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains(NL
                + "Note: closure.yaml says W3.5 goes to the SEND strategy, but it is carried forward: correct"
                + " closure.yaml, or remove W3.5 from the new plan." + NL
                + "Note: closure.yaml says W3.6 goes to business as usual, but it is carried forward: correct"
                + " closure.yaml, or remove W3.6 from the new plan." + NL
                + "Note: closure.yaml says W5.3 goes to the Accelerated Progress Plan, but its area is not carried"
                + " forward: add it to the new plan, or correct closure.yaml." + NL);
        assertThat(run.out().lines().filter(line -> line.startsWith("Note: "))).hasSize(5);
    }

    @Test
    void aPlanBeforeWithoutClosureYamlIsToldToStartOne() {
        Path plan = PlanFixtures.copy(BCP, temp.resolve("bcp"));
        try {
            Files.delete(plan.resolve("closure.yaml"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        CliRun run = CliRun.of("init", temp.resolve("app").toString(), "--from", plan.toString(), "--not-sufficient",
                "W2,W5", "--received", "2023-06-16");

        assertThat(run.out()).contains(" stay behind: say where each goes in " + plan.resolve("closure.yaml")
                + " (wsoa close --start " + plan + " starts it)." + NL);
    }

    @Test
    void theAppValidatesWithAWarningForEachThingItsAuthorsMustDecide() throws Exception {
        Path dir = temp.resolve("bcp-app");
        CliRun.of("init", dir.toString(), "--from", BCP.toString(), "--not-sufficient", "W5,W2",
                "--received", "2023-06-16", "--due", "2023-09-29");

        Validation validation = Validator.standard().validate(PlanLoader.load(dir));

        assertThat(validation.errors()).isZero();
        Map<String, Integer> byCheck = new TreeMap<>();
        validation.findings().forEach(f -> byCheck.merge(f.diagnostic().ruleId(), 1, Integer::sum));
        // The submission date; the board that approves it; the introduction, the statement of intent,
        // the revisit letter's words on W2 and W5, and a new due date for each of the 5 actions and a
        // target and its date for each of the 6 KPIs.
        assertThat(byCheck).isEqualTo(Map.of("deadline", 1, "approvals", 1, "placeholders", 22));
        assertThat(validation.findings()).extracting(f -> f.diagnostic().toString())
                .contains(dir.resolve("weaknesses/w5.yaml") + ":98:10: warning[placeholders]: still to decide:"
                        + " `[insert the new due date]` stands for a value in action W5.3",
                        dir.resolve("plan.yaml") + ":6:1: warning[deadline]: the plan has no submission date; its"
                        + " deadline is Friday 29 September 2023");
        assertThat(CliRun.of("validate", dir.toString()).exitCode()).isZero();
    }

    @Test
    void theAppCarriesTheAreasWordForWordAndTheirUnfinishedActionsAndLatestActuals() throws Exception {
        Path dir = temp.resolve("bcp-app");
        CliRun.of("init", dir.toString(), "--from", BCP.toString(), "--not-sufficient", "W2,W5",
                "--received", "2023-06-16");
        Plan wsoa = PlanLoader.load(BCP).plan();
        Plan app = PlanLoader.load(dir).plan();

        assertThat(app.kind()).isEqualTo(PlanKind.APP);
        assertThat(app.deadline().due()).isNull();
        assertThat(app.revisit().judgements()).extracting(j -> j.weakness().id() + " " + j.progress().code())
                .containsExactly("W1 sufficient", "W2 not-sufficient", "W3 sufficient", "W4 sufficient",
                        "W5 not-sufficient", "W6 sufficient", "W7 sufficient", "W8 sufficient");
        assertThat(app.weaknesses()).extracting(Weakness::id).containsExactly("W2", "W5");
        for (Weakness carried : app.weaknesses()) {
            Weakness original = wsoa.weaknesses().stream().filter(w -> w.id().equals(carried.id())).findFirst()
                    .orElseThrow();
            assertThat(strip(carried.finding().value())).isEqualTo(strip(original.finding().value()));
            assertThat(strip(carried.intent().value())).isEqualTo(strip(original.intent().value()));
            assertThat(carried.successCriteria()).extracting(c -> strip(c.text().value()))
                    .isEqualTo(original.successCriteria().stream().map(c -> strip(c.text().value())).toList());
            assertThat(carried.contributions()).extracting(c -> strip(c.text().value()))
                    .isEqualTo(original.contributions().stream().map(c -> strip(c.text().value())).toList());
            for (Action action : carried.actions()) {
                Action was = original.actions().stream().filter(a -> a.id().equals(action.carriedFrom())).findFirst()
                        .orElseThrow();
                assertThat(strip(action.action().value())).isEqualTo(strip(was.action().value()));
                assertThat(action.lead().id()).isEqualTo(was.lead().id());
                assertThat(action.due()).as("its new due date is for the authors to decide").isNull();
            }
        }
        // As at 30 September 2022, W2.1 to W2.3 were complete and W2.4 and W2.5 were not.
        assertThat(app.weaknesses().get(0).actions()).extracting(Action::id).containsExactly("W2.4", "W2.5");
        Kpi k51 = app.weaknesses().get(1).kpis().get(0);
        assertThat(k51.id()).isEqualTo("K5.1");
        assertThat(k51.baseline().value()).isEqualByComparingTo("72");
        assertThat(k51.baseline().date().date()).hasToString("2022-09-30");
        assertThat(k51.target().value()).isNull();
        assertThat(k51.target().date()).isNull();
    }

    @Test
    void thePublishedPageSaysWhereEachCarriedActionCameFrom() throws Exception {
        Path dir = temp.resolve("bcp-app");
        CliRun.of("init", dir.toString(), "--from", BCP.toString(), "--not-sufficient", "W2,W5",
                "--received", "2023-06-16", "--due", "2023-09-29");

        CliRun build = CliRun.of("build", dir.toString(), "-o", temp.resolve("out").toString(), "--format", "html");

        assertThat(build.exitCode()).as(build.err()).isZero();
        String page = Files.readString(temp.resolve("out/bournemouth-christchurch-and-poole-app-2023.html"));
        assertThat(page).contains("<span class=\"depends\">Carried forward from the Written Statement of Action,"
                + " action W2.4</span>");
    }

    @Test
    void warwickshireRecordsItsOwnRevisitWhichTheAppTakesAsItIs() throws Exception {
        Path plan = PlanFixtures.copy(WARWICKSHIRE, temp.resolve("warwickshire-wsoa-2021"));
        PlanFixtures.edit(plan, "plan.yaml", "deadline:\n", """
                revisit:
                  visit: {start: 2023-05-15, end: 2023-05-18}
                  report-received: 2023-06-21
                  report-published: 2023-06-28
                  judgements:
                    - weakness: W1
                      progress: not-sufficient
                      summary: Families still wait too long for an autism assessment.
                    - {weakness: W2, progress: sufficient}
                    - weakness: W3
                      progress: not-sufficient
                      summary: Too few placements have been checked with families.
                    - {weakness: W4, progress: sufficient}
                    - {weakness: W5, progress: sufficient}
                deadline:
                """);
        assertThat(CliRun.of("validate", "--strict", plan.toString()).exitCode()).as("the WSoA with its revisit")
                .isZero();
        Map<String, String> before = PlanFixtures.digests(plan);
        Path dir = temp.resolve("warwickshire-app");

        CliRun run = CliRun.of("init", dir.toString(), "--from", plan.toString(), "--due", "2023-09-15");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Wrote an Accelerated Progress Plan for Warwickshire in " + dir
                + ", from the Written Statement of Action in " + plan + " as at 30 September 2022: 2 areas (W1, W3),"
                + " 6 actions carried forward, 7 KPIs, each with its latest actual as the new baseline." + NL);
        assertThat(PlanFixtures.digests(plan)).isEqualTo(before);
        Plan app = PlanLoader.load(dir).plan();
        assertThat(app.revisit().inspection().visit().start().date()).hasToString("2023-05-15");
        assertThat(app.revisit().inspection().reportPublished().date()).hasToString("2023-06-28");
        assertThat(app.revisit().judgements().get(0).summary().value())
                .isEqualTo("Families still wait too long for an autism assessment.");
        assertThat(app.revisit().judgements().get(0).title().value())
                .isEqualTo("Autism assessment waiting times and support");
        Validation validation = Validator.standard().validate(PlanLoader.load(dir));
        assertThat(validation.errors()).isZero();
        // The CCG, which the ICB succeeded on 1 July 2022, came over with people.yaml: before the APP's
        // period, so its authors are told to name the ICB in its place.
        assertThat(validation.findings()).extracting(f -> f.diagnostic().ruleId())
                .containsOnly("deadline", "approvals", "placeholders", "succession");
        assertThat(validation.findings()).extracting(f -> f.diagnostic().toString())
                .filteredOn(m -> m.contains("[succession]")).singleElement().asString()
                .contains("warning[succession]: organisation ccg is succeeded by icb on Friday 1 July 2022,"
                        + " before the delivery period starts");
        assertMatchesTheSchemas(dir);
    }

    @Test
    void aPriorityActionPlanIsFollowedByAnotherAfterItsMonitoringInspection() throws Exception {
        Path dir = temp.resolve("lancashire-2026");

        CliRun run = CliRun.of("init", "priority-action-plan", dir.toString(), "--from", "plans/lancashire-pap-2025",
                "--not-sufficient", "P1,P3", "--received", "2026-10-02", "--due", "2026-12-11");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Plan next = PlanLoader.load(dir).plan();
        assertThat(next.kind()).isEqualTo(PlanKind.PRIORITY_ACTION_PLAN);
        assertThat(next.inspection().areas()).extracting(a -> a.id()).containsExactly("P1", "P3");
        assertThat(next.weaknesses()).extracting(Weakness::id).containsExactly("P1", "P3");
        assertThat(Files.readString(dir.resolve("plan.yaml"))).contains("""
                  # The monitoring inspection, whose report the area received on 2 October 2026, found sufficient
                  # progress on P2 (The timeliness and quality of EHC needs assessments, EHC plans and their annual
                """);
        Validation validation = Validator.standard().validate(PlanLoader.load(dir));
        assertThat(validation.errors()).isZero();
        assertThat(validation.findings()).extracting(f -> f.diagnostic().ruleId())
                .containsOnly("deadline", "approvals", "placeholders");
        assertMatchesTheSchemas(dir);
    }

    @Test
    void theNextPlanKeepsTheContactRiskMatrixFundingStreamsShortNamesAndRecurringActions() throws Exception {
        Path dir = temp.resolve("every-field-next");

        CliRun run = CliRun.of("init", "priority-action-plan", dir.toString(), "--from", PlanFixtures.EVERY_FIELD.toString(),
                "--not-sufficient", "I1,W1", "--received", "2026-10-02", "--due", "2026-12-11");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(dir.resolve("plan.yaml"))).contains("""
                # Who answers enquiries about the plan, as the Priority Action Plan had it.
                contact:
                  name: SEND Improvement Team
                  email: send.improvement@exampleshire.gov.uk
                  phone: 01234 567890
                """);
        assertThat(Files.readString(dir.resolve("risks.yaml"))).isEqualTo("""
                # yaml-language-server: $schema=.schema/risks.schema.json
                # The risks to this plan's delivery. The council's risk matrix is the one the Priority Action Plan
                # in every-field used; add each risk under `risks:` (docs/plan-format.md).
                matrix:
                  size: 5x5
                  bands:
                    - {from: 1, to: 4, rating: low}
                    - {from: 5, to: 11, rating: medium}
                    - {from: 12, to: 25, rating: high}
                risks: []
                """);
        assertThat(Files.readString(dir.resolve("resources.yaml"))).isEqualTo("""
                # yaml-language-server: $schema=.schema/resources.schema.json
                # The resources for this plan. The funding streams are those the Priority Action Plan in every-field
                # named; add each item, its funder and its costs under `items:` (docs/plan-format.md).
                funding-streams:
                  - id: hnb
                    name: High Needs Block
                items: []
                """);
        assertThat(Files.readString(dir.resolve("weaknesses/i1.yaml"))).contains("""
                  - id: I1.2
                    carried-from: I1.2
                    action: Publish a "You said, we did" update on the local offer every quarter.
                    lead: dokafor
                    partners: [pcf, ecc]
                    # It recurred quarterly until 30 June 2026, and was on track as at 30 June 2025.
                    recurs: quarterly
                    until: "[insert the new end date]"
                """);
        Plan next = PlanLoader.load(dir).plan();
        assertThat(next.organisations()).filteredOn(o -> o.id().equals("icb")).singleElement()
                .satisfies(o -> assertThat(o.shortName().value()).isEqualTo("Exampleshire ICB"));
        assertThat(next.boards()).filteredOn(b -> b.id().equals("sib")).singleElement()
                .satisfies(b -> assertThat(b.shortName().value()).isEqualTo("SIB"));
        assertThat(next.people()).filteredOn(p -> p.id().equals("dokafor")).singleElement()
                .satisfies(p -> assertThat(p.contact().email().value()).isEqualTo("dami.okafor@exampleshire.gov.uk"));
        assertThat(next.bodies()).extracting(b -> b.id()).contains("cabinet", "scrutiny");
        Validation validation = Validator.standard().validate(PlanLoader.load(dir));
        assertThat(validation.errors()).isZero();
        assertThat(validation.findings()).extracting(f -> f.diagnostic().ruleId())
                .containsOnly("deadline", "approvals", "placeholders");
        assertThat(validation.findings()).extracting(f -> f.diagnostic().toString())
                .anyMatch(m -> m.endsWith("i1.yaml:24:12: warning[placeholders]: still to decide: `[insert the new end"
                        + " date]` stands for a value in action I1.2"));
        assertMatchesTheSchemas(dir);
    }

    @Test
    void askingForTheJudgementsItNamesThePlansOwnAreasAndTheReportsDate() {
        CliRun run = CliRun.of("init", temp.resolve("new").toString(), "--from", "plans/lancashire-pap-2025");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("wsoa init: lancashire-pap-2025 does not record the monitoring inspection's"
                + " judgements: give the areas it found had not made sufficient progress with --not-sufficient (its areas"
                + " are P1, P2, P3, I1, I2) and the day the area received its report with --received, e.g."
                + " --not-sufficient P2,I1 --received YYYY-MM-DD" + NL);
        assertThat(temp.resolve("new")).doesNotExist();
    }

    @Test
    void refusesWhatItCannotUseAndWritesNothing() throws Exception {
        Path dir = temp.resolve("new");
        List<String> refusals = new ArrayList<>();
        for (String[] args : List.of(
                new String[] {"--from", BCP.toString(), "--received", "2023-06-16"},
                new String[] {"--from", BCP.toString(), "--not-sufficient", "W2,W9", "--received", "2023-06-16"},
                new String[] {"--from", BCP.toString(), "--not-sufficient", "W2"},
                new String[] {"--from", BCP.toString(), "--not-sufficient", "W2", "--received", "16/06/2023"},
                new String[] {"--from", BCP.toString(), "--not-sufficient", "W2", "--received", "2023-06-16",
                    "--kind", "wsoa"},
                new String[] {"--from", BCP.toString(), "--not-sufficient", "W2", "--received", "2023-06-16",
                    "--area", "Dorset"},
                new String[] {"--from", "plans/somerset-app-2023", "--not-sufficient", "W4", "--received", "2024-05-01"},
                new String[] {"--from", "plans/nowhere", "--not-sufficient", "W2", "--received", "2023-06-16"},
                new String[] {"--kind", "app", "--not-sufficient", "W2"})) {
            List<String> all = new ArrayList<>(List.of("init", dir.toString()));
            all.addAll(List.of(args));
            CliRun run = CliRun.of(all.toArray(String[]::new));
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            refusals.add(run.err());
        }

        assertThat(refusals).containsExactly(
                "wsoa init: bcp-wsoa-2021 does not record the revisit's judgements: give the areas it found had not"
                        + " made sufficient progress with --not-sufficient (its areas are W1, W2, W3, W4, W5, W6, W7, W8),"
                        + " e.g. --not-sufficient W2,W4" + NL,
                "wsoa init: --not-sufficient names W9, which is not an area of bcp-wsoa-2021; its areas are W1, W2,"
                        + " W3, W4, W5, W6, W7, W8" + NL,
                "wsoa init: give the day the area received the revisit's report with --received YYYY-MM-DD" + NL,
                "wsoa init: --received is written `16/06/2023`; write dates as YYYY-MM-DD: 2023-06-16" + NL,
                "wsoa init: the plan that follows a Written Statement of Action is an Accelerated Progress Plan (app),"
                        + " not a Written Statement of Action" + NL,
                "wsoa init: --area is not given with --from: the new plan is for PLAN's area" + NL,
                "wsoa init: no plan follows an Accelerated Progress Plan in wsoa: when it ends, its closure report"
                        + " says where each unfinished action goes (wsoa close plans/somerset-app-2023)" + NL,
                "wsoa init: --from: no plan directory at plans/nowhere" + NL,
                "wsoa init: --not-sufficient and --due go with --from PLAN, the plan before" + NL);
        assertThat(dir).doesNotExist();
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void optionsThatContradictTheRecordedRevisitAreRefused() {
        Path plan = PlanFixtures.copy(WARWICKSHIRE, temp.resolve("warwickshire"));
        PlanFixtures.edit(plan, "plan.yaml", "deadline:\n", """
                revisit:
                  report-received: 2023-06-21
                  judgements:
                    - {weakness: W1, progress: not-sufficient}
                    - {weakness: W2, progress: sufficient}
                    - {weakness: W3, progress: sufficient}
                    - {weakness: W4, progress: sufficient}
                    - {weakness: W5, progress: sufficient}
                deadline:
                """);

        CliRun other = CliRun.of("init", temp.resolve("a").toString(), "--from", plan.toString(),
                "--not-sufficient", "W2");
        CliRun date = CliRun.of("init", temp.resolve("b").toString(), "--from", plan.toString(),
                "--received", "2023-06-22");

        assertThat(other.err()).isEqualTo("wsoa init: warwickshire/plan.yaml records the revisit's judgements, which"
                + " find insufficient progress on W1; leave out --not-sufficient, or correct plan.yaml" + NL);
        assertThat(date.err()).isEqualTo("wsoa init: warwickshire/plan.yaml records that the area received the"
                + " revisit's report on Wednesday 21 June 2023; leave out --received, or correct plan.yaml" + NL);
        assertThat(temp.resolve("a")).doesNotExist();
        assertThat(temp.resolve("b")).doesNotExist();
    }

    @Test
    void aPlanWithErrorsIsFixedFirst() {
        Path plan = PlanFixtures.copy(BCP, temp.resolve("bcp"));
        PlanFixtures.edit(plan, "weaknesses/w2.yaml", "    lead: shardy", "    lead: shardee");

        CliRun run = CliRun.of("init", temp.resolve("app").toString(), "--from", plan.toString(),
                "--not-sufficient", "W2", "--received", "2023-06-16");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("error[unknown-reference]: lead `shardee` of action W2.4")
                .endsWith("wsoa init: " + plan + " has errors; fix them first, so that the next plan starts from a"
                        + " sound one" + NL);
        assertThat(temp.resolve("app")).doesNotExist();
    }

    @Test
    void neverWritesIntoADirectoryInUse() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("in-use"));
        Files.writeString(dir.resolve("notes.txt"), "mine");

        CliRun run = CliRun.of("init", dir.toString(), "--from", BCP.toString(), "--not-sufficient", "W2",
                "--received", "2023-06-16");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("wsoa init: " + dir + " already exists and is not empty;"
                + " wsoa init only writes new plans" + NL);
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files).containsExactly(dir);
        }
    }

    /** Every file written matches its golden copy, and the schemas are wsoa's own. */
    private static void assertSameAsGolden(Path dir) throws IOException {
        List<Path> written;
        try (Stream<Path> files = Files.walk(dir)) {
            written = files.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
        for (Path file : written) {
            if (file.startsWith(".schema")) {
                assertThat(Files.readString(dir.resolve(file)))
                        .isEqualTo(Files.readString(Path.of("docs/schema").resolve(file.getFileName())));
                continue;
            }
            Path golden = GOLDEN.resolve(file.toString());
            String text = Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
            if (UPDATE) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, text, StandardCharsets.UTF_8);
            }
            assertThat(text).as(file.toString()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        }
        try (Stream<Path> goldens = Files.walk(GOLDEN)) {
            assertThat(goldens.filter(Files::isRegularFile).map(GOLDEN::relativize).sorted().toList())
                    .isEqualTo(written.stream().filter(f -> !f.startsWith(".schema")).toList());
        }
    }

    /** Every YAML file written validates against the schema its first line points at. */
    private static void assertMatchesTheSchemas(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                String first = Files.readAllLines(file).get(0);
                assertThat(first).startsWith("# yaml-language-server: $schema=");
                Path schema = file.getParent().resolve(first.substring(first.indexOf('=') + 1)).normalize();
                try (InputStream in = Files.newInputStream(schema)) {
                    assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in)
                            .validate(new YAMLMapper().readTree(file.toFile()))).as(file.toString()).isEmpty();
                }
            }
        }
    }

    private static String strip(String text) {
        return text.strip();
    }
}
