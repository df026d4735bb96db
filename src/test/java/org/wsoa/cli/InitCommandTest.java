package org.wsoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.load.LoadResult;
import org.wsoa.load.PlanLoader;
import org.wsoa.model.Plan;
import org.wsoa.model.PlanKind;
import org.wsoa.load.PlanFixtures;
import org.wsoa.resolve.ResolvedPlan;

class InitCommandTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path temp;

    @Test
    void writesAWsoaThatLoadsWithoutErrors() throws IOException {
        Path dir = temp.resolve("new-plan");

        CliRun run = CliRun.of("init", dir.toString(), "--kind", "wsoa", "--area", "Exampleshire \"North\"",
                "--received", "2021-11-05");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("Wrote a new Written Statement of Action for Exampleshire \"North\" in " + dir
                + ": 18 files, 9 of the plan and 9 schemas in .schema/ that editors check it with." + NL
                + "Next: fill in the places marked [insert ...], then run: wsoa validate " + dir + NL);
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile).count()).as("the files it says it wrote").isEqualTo(18);
        }
        LoadResult result = PlanLoader.load(dir);
        assertThat(result.diagnostics()).extracting(Diagnostic::toString).isEmpty();
        Plan plan = result.plan();
        assertThat(plan.kind()).isEqualTo(PlanKind.WSOA);
        assertThat(plan.area().value()).isEqualTo("Exampleshire \"North\"");
        assertThat(plan.organisations().get(0).name().value()).isEqualTo("Exampleshire \"North\" Council");
        assertThat(plan.inspection().reportReceived().date()).hasToString("2021-11-05");
        assertThat(plan.submitted().date()).hasToString("2022-02-16");
        assertThat(plan.period().start().date()).hasToString("2022-02-17");
        assertThat(plan.period().end().date()).hasToString("2023-08-16");
        assertThat(plan.weaknesses().get(0).actions().get(0).due().date()).hasToString("2022-05-17");
        assertThat(Files.readString(dir.resolve("plan.yaml")))
                .contains("For this plan that is Wednesday 16 February 2022.");
        assertThat(Files.readString(dir.resolve("resources.yaml"))).contains("      2021/22: 0");

        // It validates: no errors, and one warning for each thing still to fill in.
        var validation = org.wsoa.rules.Validator.standard().validate(result);
        assertThat(validation.errors()).isZero();
        assertThat(validation.findings()).extracting(f -> f.diagnostic().ruleId())
                .containsOnly("placeholders", "approvals").hasSize(25);
        assertThat(CliRun.of("validate", dir.toString()).exitCode()).isZero();
    }

    /** The Health and Care Act 2022 replaced the CCGs with integrated care boards on 1 July 2022. */
    @Test
    void theHealthPartnerIsTheCcgForAReportReceivedBeforeJuly2022AndTheIcbFromThen() throws IOException {
        Plan ccg = initialised("ccg", "2022-06-30");
        Plan icb = initialised("icb", "2022-07-01");

        assertThat(ccg.principalAuthorities()).extracting(r -> r.id()).containsExactly("council", "ccg");
        assertThat(ccg.organisations()).filteredOn(o -> o.id().equals("ccg")).singleElement()
                .satisfies(o -> assertThat(o.name().value()).isEqualTo("[insert the name of the clinical commissioning group]"));
        assertThat(ccg.people()).filteredOn(p -> p.id().equals("dco")).singleElement()
                .satisfies(p -> assertThat(p.organisation().id()).isEqualTo("ccg"));
        assertThat(ccg.glossary()).extracting(t -> t.term() + ": " + t.meaning())
                .contains("CCG: Clinical commissioning group").doesNotContain("ICB: Integrated care board");
        assertThat(Files.readString(temp.resolve("ccg/plan.yaml")))
                .contains("# Who signs the plan off, and when. Add one line per body (Cabinet, the CCG's governing body...).");
        assertThat(icb.principalAuthorities()).extracting(r -> r.id()).containsExactly("council", "icb");
        assertThat(icb.glossary()).extracting(t -> t.term() + ": " + t.meaning())
                .contains("ICB: Integrated care board").doesNotContain("CCG: Clinical commissioning group");
        assertThat(icb.weaknesses().get(0).actions().get(0).partners()).extracting(r -> r.id())
                .containsExactly("council", "icb");
    }

    /** What plan.yaml's comment says of a plan without `period` is what wsoa does. */
    @Test
    void thePeriodCommentSaysWhatWsoaCountsWithoutAPeriod() throws IOException {
        Path dir = temp.resolve("no-period");
        CliRun.of("init", dir.toString(), "--kind", "wsoa", "--area", "Exampleshire", "--received", "2021-11-05");
        String yaml = Files.readString(dir.resolve("plan.yaml"));
        assertThat(yaml).contains("""
                # When the plan is delivered: about 18 months from approval (its acceptance as fit for purpose).
                # The dates below start the working day after the deadline. Or leave `period` out: wsoa then
                # counts 18 months (`plan-months` under `validation: limits:` changes that) from the acceptance,
                # `accepted: {date: YYYY-MM-DD, by: Ofsted and the CQC}`, once you record it, and until then from
                # `submitted`.
                period: {start: 2022-02-17, end: 2023-08-16}
                """);

        Files.writeString(dir.resolve("plan.yaml"), yaml.replace("period: {start: 2022-02-17, end: 2023-08-16}\n", ""));
        ResolvedPlan submittedOnly = PlanFixtures.resolved(dir);
        Files.writeString(dir.resolve("plan.yaml"), yaml.replace("period: {start: 2022-02-17, end: 2023-08-16}\n",
                "accepted: {date: 2022-04-01, by: Ofsted and the CQC}\n"));
        ResolvedPlan accepted = PlanFixtures.resolved(dir);

        assertThat(submittedOnly.periodStart()).hasToString("2022-02-16");
        assertThat(submittedOnly.periodEnd()).hasToString("2023-08-16");
        assertThat(accepted.periodStart()).hasToString("2022-04-01");
        assertThat(accepted.periodEnd()).hasToString("2023-10-01");
    }

    private Plan initialised(String name, String received) throws IOException {
        Path dir = temp.resolve(name);
        CliRun run = CliRun.of("init", dir.toString(), "--kind", "wsoa", "--area", "Exampleshire", "--received", received);
        assertThat(run.exitCode()).as(run.err()).isZero();
        LoadResult result = PlanLoader.load(dir);
        assertThat(result.diagnostics()).extracting(Diagnostic::toString).isEmpty();
        return result.plan();
    }

    @Test
    void writesAnAppWithARevisitAndADueDateToReplace() throws IOException {
        Path dir = temp.resolve("app");

        CliRun run = CliRun.of("init", dir.toString(), "--kind", "app", "--area", "Exampleshire",
                "--received", "2023-01-20");

        assertThat(run.exitCode()).isZero();
        LoadResult result = PlanLoader.load(dir);
        assertThat(result.diagnostics()).extracting(Diagnostic::toString).isEmpty();
        assertThat(result.plan().kind()).isEqualTo(PlanKind.APP);
        assertThat(result.plan().revisit().inspection().reportReceived().date()).hasToString("2023-01-20");
        assertThat(result.plan().revisit().judgements()).singleElement()
                .satisfies(j -> assertThat(j.weakness().id()).isEqualTo("W1"));
        assertThat(result.plan().deadline().due().date()).hasToString("2023-05-03");
        assertThat(org.wsoa.rules.Validator.standard().validate(result).errors()).isZero();
    }

    @Test
    void neverWritesIntoADirectoryInUse() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("in-use"));
        Files.writeString(dir.resolve("notes.txt"), "mine");

        CliRun run = CliRun.of("init", dir.toString(), "--kind", "wsoa", "--area", "X", "--received", "2021-11-05");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("wsoa init: " + dir + " already exists and is not empty;"
                + " wsoa init only writes new plans" + System.lineSeparator());
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve("notes.txt"));
        }
        try (var files = Files.list(temp)) {
            assertThat(files).containsExactly(dir);
        }
    }

    @Test
    void rejectsAnUnknownKindAndABritishDate() {
        CliRun kind = CliRun.of("init", temp.resolve("a").toString(), "--kind", "plan", "--area", "X",
                "--received", "2021-11-05");
        CliRun date = CliRun.of("init", temp.resolve("b").toString(), "--kind", "wsoa", "--area", "X",
                "--received", "05/11/2021");

        assertThat(kind.exitCode()).isEqualTo(2);
        assertThat(kind.err()).isEqualTo("wsoa init: --kind must be one of: wsoa, app, priority-action-plan, strategic-plan"
                + " (not `plan`)" + System.lineSeparator());
        assertThat(date.exitCode()).isEqualTo(2);
        assertThat(date.err()).isEqualTo("wsoa init: --received is written `05/11/2021`;"
                + " write dates as YYYY-MM-DD: 2021-11-05" + System.lineSeparator());
        assertThat(temp.resolve("a")).doesNotExist();
        assertThat(temp.resolve("b")).doesNotExist();
    }
}
