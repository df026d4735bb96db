package org.wsoa.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.wsoa.calendar.OutsideKnownYearsException;
import org.wsoa.calendar.WorkingDays;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.diagnostic.Suggestions;
import org.wsoa.load.LoadResult;
import org.wsoa.model.Acceptance;
import org.wsoa.model.Plan;
import org.wsoa.model.RuleSetting;

/**
 * Validates a loaded plan: the loader's findings plus every rule's, less the rules the plan
 * switches off, with the findings the authors accepted marked as such.
 */
public final class Validator {

    /** The ID of the findings about the {@code validation:} settings themselves. */
    public static final String SETTINGS_RULE = "validation-settings";

    private final RuleSet rules;
    private final WorkingDays calendar;

    public Validator(RuleSet rules, WorkingDays calendar) {
        this.rules = rules;
        this.calendar = calendar;
    }

    /** A validator with every rule and the England and Wales calendar. */
    public static Validator standard() {
        return new Validator(RuleSet.all(), WorkingDays.englandAndWales());
    }

    public Validation validate(LoadResult loaded) {
        Plan plan = loaded.plan();
        List<Diagnostic> diagnostics = new ArrayList<>(loaded.diagnostics());
        Set<String> disabled = plan.validation().disabled().stream().map(RuleSetting::rule).collect(Collectors.toSet());
        diagnostics.addAll(checkSettings(plan));
        PlanIndex index = new PlanIndex(plan);
        Limits limits = new Limits(plan.validation().limits());
        for (Rule rule : rules.rules()) {
            if (disabled.contains(rule.id())) {
                continue;
            }
            Findings findings = new Findings(rule, index, calendar, limits);
            try {
                rule.check(plan, findings);
            } catch (OutsideKnownYearsException e) {
                findings.report(null, null, e.getMessage(), "check the dates, or use a newer wsoa");
            }
            diagnostics.addAll(findings.found());
        }
        diagnostics.sort(Diagnostic.ORDER);
        List<Finding> findings = new ArrayList<>();
        for (Diagnostic diagnostic : diagnostics) {
            findings.add(new Finding(diagnostic, acceptanceOf(plan, diagnostic)));
        }
        return new Validation(plan.directory(), plan, findings, plan.files().size());
    }

    private static Acceptance acceptanceOf(Plan plan, Diagnostic diagnostic) {
        if (diagnostic.subject() == null) {
            return null;
        }
        for (Acceptance acceptance : plan.validation().accepted()) {
            if (diagnostic.ruleId().equals(acceptance.rule()) && diagnostic.subject().equals(acceptance.subject())) {
                return acceptance;
            }
        }
        return null;
    }

    private List<Diagnostic> checkSettings(Plan plan) {
        List<Diagnostic> found = new ArrayList<>();
        Set<String> ids = new HashSet<>(rules.ids());
        for (RuleSetting setting : plan.validation().disabled()) {
            if (setting.rule() != null && !ids.contains(setting.rule())) {
                found.add(Diagnostic.error(setting.at(), SETTINGS_RULE, "there is no rule `" + setting.rule()
                        + "` to switch off" + Suggestions.didYouMean(setting.rule(), ids), "the rules are listed in docs/rules.md"));
            }
        }
        for (Acceptance acceptance : plan.validation().accepted()) {
            if (acceptance.rule() != null && !ids.contains(acceptance.rule())) {
                found.add(Diagnostic.error(acceptance.at(), SETTINGS_RULE, "there is no rule `" + acceptance.rule()
                        + "` whose finding could be accepted" + Suggestions.didYouMean(acceptance.rule(), ids),
                        "the rules are listed in docs/rules.md"));
            }
        }
        for (String limit : plan.validation().limits().keySet()) {
            if (!Limits.names().contains(limit)) {
                found.add(Diagnostic.error(plan.validation().at() == null ? plan.at() : plan.validation().at(),
                        SETTINGS_RULE, "there is no limit `" + limit + "`" + Suggestions.didYouMean(limit, Limits.names()),
                        "the limits are: " + String.join(", ", Limits.names())));
            }
        }
        return found;
    }
}
