package org.wsoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsoa.load.PlanFixtures;
import org.wsoa.load.PlanLoader;
import org.wsoa.rules.Validation;
import org.wsoa.rules.Validator;

/** {@code wsoa close}: the closure report, {@code --start}, and what each refuses. */
class CloseCommandTest {

    private static final String NL = System.lineSeparator();
    private static final Path BCP = Path.of("plans/bcp-wsoa-2021");

    @TempDir
    Path temp;

    @Test
    void writesTheHtmlAndPdfClosureReportDatedTheDayThePlanClosed() throws IOException {
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("close", BCP.toString(), "-o", out.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("Wrote " + out.resolve("bcp-wsoa-2021-closure-2023-07-14.html") + NL
                + "Wrote " + out.resolve("bcp-wsoa-2021-closure-2023-07-14.pdf") + NL);
        assertThat(Files.readString(out.resolve("bcp-wsoa-2021-closure-2023-07-14.html")))
                .contains("<h1>Closure report</h1>");
        assertThat(Files.readAllBytes(out.resolve("bcp-wsoa-2021-closure-2023-07-14.pdf"))).startsWith("%PDF-".getBytes());
    }

    @Test
    void formatHtmlWritesOnlyThePage() throws IOException {
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("close", BCP.toString(), "-o", out.toString(), "--format", "html");

        assertThat(run.exitCode()).isZero();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")))
                    .containsExactly("bcp-wsoa-2021-closure-2023-07-14.html");
        }
    }

    @Test
    void anOpenPlanHasNoClosureReportAndIsToldHowToStartOne() {
        CliRun run = CliRun.of("close", PlanFixtures.TINY.toString(), "-o", temp.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("wsoa close: " + PlanFixtures.TINY + " has no closure.yaml, so it has not closed;"
                + " write one (see docs/plan-format.md), or start one with: wsoa close --start " + PlanFixtures.TINY + NL);
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun run = CliRun.of("close", BCP.toString(), "-o", temp.toString(), "--format", "md");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("wsoa close: --format must be one of: html, pdf, both (not `md`)" + NL);
    }

    @Test
    void anOutstandingActionWithNowhereToGoStopsTheReport() {
        Path plan = PlanFixtures.copy(BCP, temp.resolve("bcp"));
        PlanFixtures.edit(plan, "closure.yaml", "  W7.5:\n    destination: no-longer-needed\n", "  W7.5:\n");
        PlanFixtures.edit(plan, "closure.yaml", "  W8.6:\n", "  W8.7:\n");

        CliRun run = CliRun.of("close", plan.toString(), "-o", temp.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(plan.resolve("closure.yaml") + ":84:3: error[closure]: closure.yaml does not"
                        + " say where the outstanding action W7.5 goes")
                .contains("error[unknown-reference]: `W8.7` under `outstanding:` is not an action in the plan")
                .contains("error[closure]: action W8.6 is not complete (on track as at 30 September 2022), but"
                        + " closure.yaml does not say where it goes")
                .endsWith("wsoa close: the plan has errors, so no closure report was written" + NL);
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void startWritesAFirstClosureYamlThatListsWhatTheAuthorsMustDecide() throws IOException {
        Path plan = PlanFixtures.copy(BCP, temp.resolve("bcp"));
        Files.delete(plan.resolve("closure.yaml"));
        Map<String, String> before = PlanFixtures.digests(plan);

        CliRun run = CliRun.of("close", "--start", plan.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("Wrote " + plan.resolve("closure.yaml") + ": 19 actions not complete as at"
                + " 30 September 2022; plan.yaml does not record the revisit's judgements, so none is sent to the"
                + " Accelerated Progress Plan yet." + NL
                + "Next: decide the places marked [insert ...] and where each outstanding action goes, then run:"
                + " wsoa close " + plan + NL);
        Map<String, String> after = PlanFixtures.digests(plan);
        assertThat(after.remove("closure.yaml")).isNotNull();
        assertThat(after).as("no other file of the plan changed").isEqualTo(before);
        assertThat(Files.readString(plan.resolve("closure.yaml"))).startsWith("""
                # yaml-language-server: $schema=../../docs/schema/closure.schema.json
                # How the Written Statement of Action closed, for its closure report (wsoa close). Written by wsoa
                # close --start from its latest progress file, 30 September 2022: decide the places marked [insert
                # ...] and where each outstanding action goes, then run: wsoa validate; wsoa close.
                date: "[insert the day the plan closed]"
                # The board that agreed the closure: the one that oversees the plan, unless another did.
                agreed-by: sib
                summary: "[insert what the plan achieved]"
                """).contains("""
                  W4.5:
                    # Recruit more EHC coordinators so that no coordinator holds more than 170 children and young
                    # people. (Due 30 September 2022; at risk as at 30 September 2022.)
                    # destination:
                    owner: vlang
                """);
        Validation validation = Validator.standard().validate(PlanLoader.load(plan));
        Map<String, Integer> byCheck = new TreeMap<>();
        validation.findings().forEach(f -> byCheck.merge(f.diagnostic().ruleId(), 1, Integer::sum));
        // A destination for each of the 19; the day it closed, the summary, a benefit and a lesson.
        assertThat(byCheck).isEqualTo(Map.of("closure", 19, "placeholders", 4));
        assertThat(validation.findings()).extracting(f -> f.diagnostic().toString())
                .contains(plan.resolve("closure.yaml") + ":5:7: error[placeholders]: `[insert the day the plan closed]`"
                        + " stands for a value in closure.yaml");
    }

    @Test
    void startSendsTheAreasTheRecordedRevisitFoundNotSufficientToTheNextPlan() throws IOException {
        Path plan = PlanFixtures.copy(Path.of("plans/warwickshire-wsoa-2021"), temp.resolve("warwickshire"));
        PlanFixtures.edit(plan, "plan.yaml", "deadline:\n", """
                revisit:
                  report-received: 2023-06-21
                  judgements:
                    - {weakness: W1, progress: not-sufficient}
                    - {weakness: W2, progress: sufficient}
                    - {weakness: W3, progress: not-sufficient}
                    - {weakness: W4, progress: sufficient}
                    - {weakness: W5, progress: sufficient}
                deadline:
                """);

        CliRun run = CliRun.of("close", "--start", plan.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("Wrote " + plan.resolve("closure.yaml") + ": 17 actions not complete as at"
                + " 30 September 2022, 6 of them going to the Accelerated Progress Plan with their areas (the revisit"
                + " found too little progress on them)." + NL
                + "Next: decide the places marked [insert ...] and where each of the other 11 goes, then run:"
                + " wsoa close " + plan + NL);
        Validation validation = Validator.standard().validate(PlanLoader.load(plan));
        assertThat(validation.findings().stream().filter(f -> f.diagnostic().ruleId().equals("closure"))).hasSize(11);
    }

    @Test
    void startSaysHowOftenARecurringActionRecursAndUntilWhen() throws IOException {
        Path plan = PlanFixtures.copy(PlanFixtures.EVERY_FIELD, temp.resolve("every-field"));

        CliRun run = CliRun.of("close", "--start", plan.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(plan.resolve("closure.yaml"))).contains("""
                  I1.2:
                    # Publish a "You said, we did" update on the local offer every quarter. (Quarterly until 30 June
                    # 2026; on track as at 30 June 2025.)
                """);
    }

    @Test
    void startNeverReplacesAClosureYaml() throws IOException {
        Path plan = PlanFixtures.copy(BCP, temp.resolve("bcp"));
        String closure = Files.readString(plan.resolve("closure.yaml"));

        CliRun run = CliRun.of("close", "--start", plan.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("wsoa close: " + plan.resolve("closure.yaml") + " already exists; --start only"
                + " writes a new one: edit it, then run: wsoa close " + plan + NL);
        assertThat(Files.readString(plan.resolve("closure.yaml"))).isEqualTo(closure);
    }

    @Test
    void startNeedsASoundPlan() {
        Path plan = PlanFixtures.copy(PlanFixtures.TINY, temp.resolve("tiny"));
        PlanFixtures.edit(plan, "weaknesses/w1.yaml", "    lead: bpatel", "    lead: bpatl");

        CliRun run = CliRun.of("close", "--start", plan.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("error[unknown-reference]: lead `bpatl` of action W1.2")
                .endsWith("wsoa close: the plan has errors, so no closure.yaml was written" + NL);
        assertThat(plan.resolve("closure.yaml")).doesNotExist();
    }
}
