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
                + ":40:11: error[unknown-reference]: lead `bpatl` of action W1.2 is not a person in the plan;"
                + " did you mean `bpatel`?");
        assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
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
}
