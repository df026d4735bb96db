package org.wsoa.rules;

import java.util.List;

/** The rules that {@code wsoa validate} runs, in the order their documentation lists them. */
public record RuleSet(List<Rule> rules) {

    public RuleSet {
        rules = List.copyOf(rules);
    }

    public static RuleSet all() {
        return new RuleSet(List.of(
                new DeadlineCheck(),
                new CoverageCheck(),
                new ActionLeadCheck(),
                new LeadLoadCheck(),
                new DatesCheck(),
                new WorkingDayCheck(),
                new DependenciesCheck(),
                new KpiCheck(),
                new KpiCountCheck(),
                new AppContentCheck(),
                new GovernanceCheck(),
                new PlaceholdersCheck(),
                new ApprovalsCheck(),
                new ResourcesCheck()));
    }

    public List<String> ids() {
        return rules.stream().map(Rule::id).toList();
    }
}
