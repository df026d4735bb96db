package org.wsoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.load.LoadResult;
import org.wsoa.load.PlanLoader;
import org.wsoa.model.Plan;
import org.wsoa.model.PlanKind;

class InitCommandTest {

    @TempDir
    Path temp;

    @Test
    void writesAWsoaThatLoadsWithoutErrors() throws IOException {
        Path dir = temp.resolve("new-plan");

        CliRun run = CliRun.of("init", dir.toString(), "--kind", "wsoa", "--area", "Exampleshire \"North\"",
                "--received", "2021-11-05");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Wrote a new Written Statement of Action for Exampleshire \"North\" in " + dir);
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
