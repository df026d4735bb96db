package org.wsoa.rules;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.wsoa.diagnostic.Excerpt;
import org.wsoa.diagnostic.Severity;
import org.wsoa.model.Action;
import org.wsoa.model.Organisation;
import org.wsoa.model.Person;
import org.wsoa.resolve.ResolvedPlan;
import org.wsoa.model.Ref;

/**
 * Every action is led by a named person who works for one of the plan's partners. A role or a
 * team is not a named lead: inspectors look for a person who is accountable.
 */
final class ActionLeadCheck extends AbstractRule {

    /** Words that name a team or a role rather than a person ("head of" is two). */
    private static final Set<String> NOT_A_NAME = Set.of("team", "service", "services", "board", "group",
            "department", "directorate", "forum", "partnership", "council", "manager", "officer", "director", "lead",
            "leads", "coordinator", "commissioner", "all", "tbc", "various");

    ActionLeadCheck() {
        super("action-lead", Severity.ERROR, "Every action's lead is a named person from a partner organisation.");
    }

    @Override
    public void check(ResolvedPlan plan, Findings findings) {
        Set<String> partners = plan.plan().partners().stream().map(Ref::id).collect(Collectors.toSet());
        // A few people lead every action: each name is read for a role once.
        Map<String, Boolean> roles = new HashMap<>();
        plan.actions().forEach(action -> check(plan, action, partners, roles, findings));
    }

    private void check(ResolvedPlan plan, Action action, Set<String> partners, Map<String, Boolean> roles,
            Findings findings) {
        Person lead = plan.person(action.lead());
        if (lead == null) {
            return;
        }
        if (lead.name() != null && !lead.name().isBlank() && !lead.name().value().contains("[")
                && roles.computeIfAbsent(lead.name().value(), ActionLeadCheck::namesARole)) {
            findings.report(action.lead().at(), action.id(), "the lead of action " + action.id() + ", `"
                    + Excerpt.of(lead.name().value()) + "`, looks like a team or a role, not a named person",
                    "give the person's name in people.yaml (" + lead.id() + "), and their job title as `role`");
        }
        Organisation organisation = plan.organisation(lead.organisation());
        if (organisation != null && !partners.isEmpty() && !partners.contains(organisation.id())) {
            findings.report(action.lead().at(), action.id(), "the lead of action " + action.id() + ", "
                    + display(lead) + ", works for " + Excerpt.of(String.valueOf(organisation.name()))
                    + ", which is not one of the plan's partners",
                    "add `" + organisation.id() + "` to `partners` in plan.yaml, or choose a lead from a partner");
        }
    }

    /** Whether {@code name} holds a word of {@link #NOT_A_NAME}, or "head of", ignoring ASCII case. */
    static boolean namesARole(String name) {
        boolean[] found = {false};
        int[] head = {-1};
        Words.each(name, (start, end) -> {
            String word = name.substring(start, end);
            found[0] = isAscii(word) && NOT_A_NAME.contains(word.toLowerCase(Locale.ROOT))
                    || Words.is(name, start, end, "of") && head[0] >= 0 && head[0] == start - 1 && name.charAt(start - 1) == ' ';
            head[0] = Words.is(name, start, end, "head") ? end : -1;
            return found[0];
        });
        return found[0];
    }

    private static boolean isAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** The person as a message names them: the start of their name, or their ID. */
    static String display(Person person) {
        return person.name() == null || person.name().isBlank() ? person.id() : Excerpt.of(person.name().value());
    }

    /** The person's name and, so that the finding names its subject, their ID: "Alex Morgan (amorgan)". */
    static String displayWithId(Person person) {
        String name = display(person);
        return name.equals(person.id()) ? name : name + " (" + person.id() + ")";
    }
}
