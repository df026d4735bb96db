package org.wsoa.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import org.wsoa.diagnostic.Severity;
import org.wsoa.model.Person;
import org.wsoa.resolve.Limits;
import org.wsoa.resolve.ResolvedPlan;

/**
 * No one person leads so many actions that delivery depends on them alone. The number,
 * {@code max-actions-per-lead}, is wsoa's guidance: no source sets one.
 */
final class LeadLoadCheck extends AbstractRule {

    LeadLoadCheck() {
        super("lead-load", Severity.WARNING, "No person leads more actions than wsoa's guidance, max-actions-per-lead.");
    }

    @Override
    public void check(ResolvedPlan plan, Findings findings) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        plan.actions().forEach(action -> {
            if (action.lead() != null) {
                counts.merge(action.lead().id(), 1, Integer::sum);
            }
        });
        int limit = plan.limits().get(Limits.MAX_ACTIONS_PER_LEAD);
        for (Person person : plan.plan().people()) {
            int count = counts.getOrDefault(person.id(), 0);
            if (count > limit) {
                findings.report(person.at(), person.id(), ActionLeadCheck.displayWithId(person) + " leads " + count
                        + " actions, more than wsoa's guidance of " + limit + " (not a DfE rule)",
                        "share the actions among more leads, or raise `" + Limits.MAX_ACTIONS_PER_LEAD
                                + "` under `validation: limits:` in plan.yaml");
            }
        }
    }
}
