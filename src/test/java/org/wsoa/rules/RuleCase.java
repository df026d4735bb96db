package org.wsoa.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wsoa.load.PlanFixtures;
import org.wsoa.load.PlanLoader;
import org.wsoa.load.PlanNotFoundException;

/**
 * A copy of the tiny fixture plan with a few lines changed, validated: the way each rule is shown
 * firing (and, on the untouched fixture or an edge case, not firing).
 */
final class RuleCase {

    private final Path plan;

    RuleCase(Path temp) {
        this.plan = PlanFixtures.copy(PlanFixtures.TINY, temp.resolve("tiny"));
    }

    /** Replaces {@code from} with {@code to} in one file of the plan. */
    RuleCase edit(String file, String from, String to) {
        PlanFixtures.edit(plan, file, from, to);
        return this;
    }

    /** The findings of the given rule, as the text report prints them, with the plan directory as {@code P}. */
    List<String> findings(String rule) {
        List<String> lines = new ArrayList<>();
        for (Finding finding : validate().findings()) {
            if (finding.diagnostic().ruleId().equals(rule)) {
                lines.add(finding.diagnostic().toString().replace(plan.toString(), "P")
                        + (finding.accepted() ? " (accepted)" : ""));
            }
        }
        return lines;
    }

    Validation validate() {
        try {
            return Validator.standard().validate(PlanLoader.load(plan));
        } catch (PlanNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    Path plan() {
        return plan;
    }
}
