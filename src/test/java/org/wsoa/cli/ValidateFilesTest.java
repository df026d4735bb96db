package org.wsoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsoa.load.PlanFixtures;

/** {@code wsoa validate --files}: the files that pre-commit gives, mapped to the plans that hold them. */
class ValidateFilesTest {

    @TempDir
    Path temp;

    @Test
    void checksEachPlanThatHoldsAFileOnceInNameOrder() throws IOException {
        Path b = PlanFixtures.copy(PlanFixtures.TINY, temp.resolve("plans/b"));
        Path a = PlanFixtures.copy(PlanFixtures.TINY, temp.resolve("plans/a"));
        Files.writeString(temp.resolve("README.md"), "not a plan");

        CliRun run = CliRun.of("validate", "--files", b.resolve("weaknesses/w1.yaml").toString(),
                temp.resolve("README.md").toString(), a.resolve("people.yaml").toString(),
                b.resolve("plan.yaml").toString(), a.resolve("introduction.md").toString(),
                a.resolve("progress/2022-03-31.yaml").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(a + ": 0 errors, 0 warnings in 10 files" + System.lineSeparator()
                + b + ": 0 errors, 0 warnings in 10 files" + System.lineSeparator());
    }

    @Test
    void aFindingInAPlanOfAChangedFileFails() {
        Path plan = PlanFixtures.copy(PlanFixtures.TINY, temp.resolve("broken"));
        PlanFixtures.edit(plan, "weaknesses/w1.yaml", "    lead: bpatel", "    lead: bpatl");

        CliRun run = CliRun.of("validate", "--files", "--strict", plan.resolve("glossary.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(plan.resolve("weaknesses/w1.yaml") + ":39:11: error[unknown-reference]")
                .endsWith(plan + ": 1 error, 0 warnings in 10 files" + System.lineSeparator());
    }

    @Test
    void filesInNoPlanAreLeftOutAndPass() throws IOException {
        Files.createDirectories(temp.resolve(".github/workflows"));
        Files.writeString(temp.resolve(".github/workflows/plans.yml"), "name: plans");

        CliRun run = CliRun.of("validate", "--files", temp.resolve(".github/workflows/plans.yml").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aRelativePathIsNotFollowedAboveItsFolder() {
        assertThat(PlanDirectories.holding(java.util.List.of(Path.of("README.md"), Path.of("docs/rules.md"))))
                .isEmpty();
        assertThat(PlanDirectories.holding(java.util.List.of(Path.of("plans/medway-app-2020/weaknesses/w7.yaml"),
                Path.of("plans/medway-app-2020")))).containsExactly(Path.of("plans/medway-app-2020"));
    }
}
