package org.wsoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsoa.load.PlanFixtures;

/**
 * The author's four most common slips in a copy of a real example plan: all four reported in one
 * run, each located, exit 1, no stack trace.
 */
class BrokenExamplePlanTest {

    @TempDir
    Path temp;

    @Test
    void aMisspeltKeyABritishDateADuplicateKeyAndAnUnknownLead() {
        Path plan = PlanFixtures.copy(Path.of("plans/warwickshire-wsoa-2021"), temp.resolve("warwickshire"));
        String w2 = "weaknesses/w2.yaml";
        PlanFixtures.edit(plan, w2, "    impact: Every partner works", "    impcat: Every partner works");
        PlanFixtures.edit(plan, w2, "    due: 2022-02-28", "    due: 28/02/2022");
        PlanFixtures.edit(plan, "plan.yaml", "status: final", "status: final\nversion: \"1.1\"");
        PlanFixtures.edit(plan, w2, "    lead: lmckenzie", "    lead: lmckenzy");

        CliRun run = CliRun.of("validate", plan.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).doesNotContain("Exception");
        assertThat(run.out().lines().filter(l -> l.contains(": error[")))
                .containsExactly(
                        plan.resolve("plan.yaml") + ":9:1: error[duplicate-key]: the key `version` appears twice in"
                                + " this mapping (first at line 7); YAML keeps only one of them",
                        plan.resolve(w2) + ":89:5: error[unknown-key]: unknown key `impcat` in action W2.1;"
                                + " did you mean `impact`?",
                        plan.resolve(w2) + ":97:10: error[date-format]: `due` in action W2.2 is written `28/02/2022`;"
                                + " write dates as YYYY-MM-DD: 2022-02-28",
                        plan.resolve(w2) + ":103:11: error[unknown-reference]: lead `lmckenzy` of action W2.3 is not"
                                + " a person in the plan; did you mean `lmckenzie`?");
    }
}
