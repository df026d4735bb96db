package org.wsoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsoa.load.PlanFixtures;

class ValidateCommandTest {

    @TempDir
    Path temp;

    @Test
    void aCleanPlanExitsZero() {
        CliRun run = CliRun.of("validate", PlanFixtures.TINY.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aBrokenPlanGetsLocatedErrorsAndExitsOne() {
        Path plan = PlanFixtures.copy(PlanFixtures.TINY, temp.resolve("broken"));
        PlanFixtures.edit(plan, "weaknesses/w1.yaml", "    lead: bpatel", "    lead: bpatl");

        CliRun run = CliRun.of("validate", plan.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(plan.resolve("weaknesses/w1.yaml")
                + ":39:11: error[unknown-reference]: lead `bpatl` of action W1.2 is not a person in the plan;"
                + " did you mean `bpatel`?");
        assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void countsWithGovUksListWhenGivenOne() throws java.io.IOException {
        // A year GOV.UK lists replaces the bundled one: here 2022 with a holiday on 30 June, when W1.2 is due.
        Path list = temp.resolve("bank-holidays.json");
        java.nio.file.Files.writeString(list, "{\"england-and-wales\": {\"division\": \"england-and-wales\","
                + " \"events\": [{\"title\": \"A day for Exampleshire\", \"date\": \"2022-06-30\"}]}}");

        CliRun run = CliRun.of("validate", PlanFixtures.TINY.toString(), "--holidays", list.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("/weaknesses/w1.yaml:42:10: warning[working-day]: action W1.2 is due on"
                + " Thursday 30 June 2022, a bank holiday (A day for Exampleshire)");
    }

    @Test
    void aHolidaysFileThatCannotBeReadIsAUsageError() {
        CliRun run = CliRun.of("validate", PlanFixtures.TINY.toString(), "--holidays", temp.resolve("none.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("wsoa validate: --holidays: " + temp.resolve("none.json") + " is not a file"
                + System.lineSeparator());
    }

    @Test
    void aMissingDirectoryIsOneLineAndExitTwo() {
        CliRun run = CliRun.of("validate", temp.resolve("nowhere").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("wsoa: no plan directory at " + temp.resolve("nowhere") + System.lineSeparator());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CliRun run = CliRun.of("validate", "--frobnicate", PlanFixtures.TINY.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Unknown option: '--frobnicate'");
    }

    @Test
    void warningsFailOnlyWithStrict() {
        Path plan = PlanFixtures.copy(PlanFixtures.TINY, temp.resolve("warned"));
        PlanFixtures.edit(plan, "weaknesses/w1.yaml", "due: 2022-05-31", "due: 2022-05-28");

        CliRun lenient = CliRun.of("validate", plan.toString());
        CliRun strict = CliRun.of("validate", "--strict", plan.toString());

        assertThat(lenient.exitCode()).isZero();
        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.out()).isEqualTo(lenient.out()).contains(plan + ": 0 errors, 1 warning in 10 files");
    }

    @Test
    void checksProgressAsAtTheLatestProgressFileOrTheDateAskedFor() throws java.io.IOException {
        Path plan = PlanFixtures.copy(PlanFixtures.TINY, temp.resolve("progress"));
        java.nio.file.Files.writeString(plan.resolve("progress/2022-07-29.yaml"), String.join("\n",
                "date: 2022-07-29",
                "actions:",
                "  W1.1: {status: at-risk, update: The fourth post is advertised again.}",
                "  W1.2: {status: on-track, revised-due: {date: 2022-09-30, agreed-by: DfE}}",
                "kpis:",
                "  K1:",
                "    actuals:",
                "      - {date: 2022-04-29, value: 41}",
                "      - {date: 2022-05-31, value: 44}",
                "      - {date: 2022-06-30, value: 46}",
                ""));

        CliRun latest = CliRun.of("validate", "--strict", plan.toString());
        CliRun asOfMarch = CliRun.of("validate", "--strict", "--as-of", "2022-03-31", plan.toString());

        assertThat(latest.exitCode()).isEqualTo(1);
        assertThat(latest.out()).isEqualTo(plan.resolve("weaknesses/w1.yaml") + ":35:10: warning[overdue]: action W1.1"
                + " was due on Tuesday 31 May 2022 and is not complete as at Friday 29 July 2022, with no revised due date\n"
                + "    hint: report it complete (`status: complete`, `completed:`), or record a revised due date agreed"
                + " with the DfE (`revised-due:`) in a progress file\n"
                + plan + ": 0 errors, 1 warning in 11 files\n");
        assertThat(asOfMarch.exitCode()).isZero();
        assertThat(asOfMarch.out()).isEqualTo(plan + ": 0 errors, 0 warnings in 11 files\n");
    }

    @Test
    void anAsOfDateWrittenAnotherWayIsAUsageError() {
        CliRun run = CliRun.of("validate", "--as-of", "31/03/2022", PlanFixtures.TINY.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("wsoa validate: --as-of is written `31/03/2022`; write dates as YYYY-MM-DD:"
                + " 2022-03-31" + System.lineSeparator());
    }

    @Test
    void reportsEachOfSeveralPlansAndFailsIfAnyFails() {
        Path broken = PlanFixtures.copy(PlanFixtures.TINY, temp.resolve("broken"));
        PlanFixtures.edit(broken, "plan.yaml", "submitted: 2022-02-14", "submitted: 2022-03-14");

        CliRun run = CliRun.of("validate", PlanFixtures.TINY.toString(), broken.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines().filter(l -> l.contains(" in 10 files")).toList()).containsExactly(
                PlanFixtures.TINY + ": 0 errors, 0 warnings in 10 files",
                broken + ": 1 error, 0 warnings in 10 files");
    }

    @Test
    void theExamplePlansAreCleanEvenWithStrict() throws java.io.IOException {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("validate", "--strict"));
        try (var plans = java.nio.file.Files.list(Path.of("plans"))) {
            plans.sorted().forEach(p -> args.add(p.toString()));
        }

        CliRun run = CliRun.of(args.toArray(new String[0]));

        assertThat(args).hasSize(7);
        assertThat(run.out().lines().toList()).allSatisfy(l -> assertThat(l).contains(": 0 errors, 0 warnings in"));
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void colourOnlyWhenAskedFor() {
        Path plan = PlanFixtures.copy(PlanFixtures.TINY, temp.resolve("colour"));
        PlanFixtures.edit(plan, "plan.yaml", "submitted: 2022-02-14", "submitted: 2022-03-14");
        var validation = org.wsoa.rules.Validator.standard().validate(load(plan));
        java.io.StringWriter plain = new java.io.StringWriter();
        java.io.StringWriter coloured = new java.io.StringWriter();

        new org.wsoa.report.TextReport(false).write(java.util.List.of(validation), java.util.List.of(), false,
                new java.io.PrintWriter(plain, true));
        new org.wsoa.report.TextReport(true).write(java.util.List.of(validation), java.util.List.of(), false,
                new java.io.PrintWriter(coloured, true));

        assertThat(plain.toString()).doesNotContain("\u001b[");
        assertThat(coloured.toString()).contains("\u001b[31;1merror[deadline]\u001b[0m");
    }

    private static org.wsoa.load.LoadResult load(Path plan) {
        try {
            return org.wsoa.load.PlanLoader.load(plan);
        } catch (org.wsoa.load.PlanNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
