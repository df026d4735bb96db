package org.wsoa.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsoa.load.PlanFixtures;
import org.wsoa.load.PlanLoader;
import org.wsoa.rules.Finding;
import org.wsoa.rules.Validator;

/**
 * The bounds on wsoa's work: a plan beyond one is refused at once with a finding that names the
 * limit and how to raise it, and no rule runs; raised, the same plan is checked in linear time.
 */
class LimitsTest {

    @TempDir
    Path temp;

    /** The tiny plan with one weakness of {@code count} actions, each depending on the one before. */
    private Path chain(int count, String limits) throws IOException {
        Path plan = PlanFixtures.copy(PlanFixtures.TINY, temp.resolve("chain"));
        PlanFixtures.edit(plan, "plan.yaml", "    max-actions-per-lead: 8", "    max-actions-per-lead: 100000" + limits);
        String w1 = Files.readString(plan.resolve("weaknesses/w1.yaml"));
        StringBuilder actions = new StringBuilder(w1.substring(0, w1.indexOf("actions:\n") + "actions:\n".length()));
        for (int i = 1; i <= count; i++) {
            actions.append("  - id: W1.").append(i).append("\n    action: Step ").append(i)
                    .append(".\n    lead: amorgan\n    start: 2022-02-16\n    due: 2022-05-31\n");
            if (i > 1) {
                actions.append("    depends-on: [W1.").append(i - 1).append("]\n");
            }
        }
        Files.writeString(plan.resolve("weaknesses/w1.yaml"), actions.toString());
        return plan;
    }

    private static List<String> findings(Path plan) throws Exception {
        return Validator.standard().validate(PlanLoader.load(plan)).findings().stream()
                .map(Finding::diagnostic).map(d -> d.toString().replace(plan.toString(), "P")).toList();
    }

    @Test
    void aChainOfThreeThousandActionsIsRefusedAtOnceNamingTheLimits() throws Exception {
        Path plan = chain(3000, "");

        List<String> findings = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> findings(plan));

        assertThat(findings).containsExactly(
                "P/weaknesses/w1.yaml:2429:5: error[limits]: the plan has 3,000 actions, more than the limit of 400"
                        + " (`max-actions`); the other checks wait until the plan is within its limits",
                "P/weaknesses/w1.yaml:18023:5: error[limits]: action W1.3000 ends a chain of 3,000 actions, each"
                        + " depending on the one before, more than the limit of 100 (`max-dependency-depth`); the other"
                        + " checks wait until the plan is within its limits");
    }

    @Test
    void raisedTheSameChainIsCheckedByEveryRuleWithoutOverflowingTheStack() throws Exception {
        Path plan = chain(3000, "\n    max-actions: 3000\n    max-dependency-depth: 3000");

        List<String> findings = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> findings(plan));

        assertThat(findings).noneMatch(f -> f.contains("[limits]")).noneMatch(f -> f.contains("[dependencies]"));
    }

    @Test
    void aCircleOfDependenciesEndsTheChainAndIsLeftToTheDependenciesRule() throws Exception {
        Path plan = chain(3, "\n    max-dependency-depth: 3");
        PlanFixtures.edit(plan, "weaknesses/w1.yaml", "  - id: W1.1\n    action: Step 1.\n    lead: amorgan\n"
                + "    start: 2022-02-16\n    due: 2022-05-31\n", "  - id: W1.1\n    action: Step 1.\n"
                + "    lead: amorgan\n    start: 2022-02-16\n    due: 2022-05-31\n    depends-on: [W1.3]\n");

        List<String> findings = findings(plan);

        assertThat(findings).noneMatch(f -> f.contains("[limits]"))
                .anyMatch(f -> f.contains("error[dependencies]: actions depend on each other in a circle"));
    }

    @Test
    void everyLimitHasADefaultWithinWhatAPlanMaySetIt() {
        for (Limits.Definition limit : Limits.definitions()) {
            assertThat(limit.byDefault()).as(limit.name()).isPositive().isLessThanOrEqualTo(limit.most());
        }
        assertThat(Limits.names()).contains("max-actions", "max-kpis", "max-milestones", "max-glossary-terms",
                "max-boards", "max-weaknesses", "max-dependency-depth");
    }
}
