package org.wsoa.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wsoa.calendar.BritishDates;
import org.wsoa.diagnostic.Severity;
import org.wsoa.model.Organisation;
import org.wsoa.model.Person;
import org.wsoa.model.Succession;
import org.wsoa.resolve.ResolvedPlan;

/**
 * An organisation succeeded by another during the plan (a CCG by its ICB on 1 July 2022): the
 * succession falls within the delivery period, no organisation succeeds itself, even by a chain, and
 * the people of the old organisation who lead actions starting after the day are pointed out, since from
 * then they answer to the successor.
 */
final class SuccessionCheck extends AbstractRule {

    SuccessionCheck() {
        super("succession", Severity.ERROR, "An organisation is succeeded by another within the delivery period,"
                + " never by itself; its people leading later actions are noted.");
    }

    @Override
    public void check(ResolvedPlan resolved, Findings findings) {
        Set<String> inCircles = new HashSet<>();
        for (Organisation organisation : resolved.plan().organisations()) {
            Succession succession = organisation.succeededBy();
            if (succession == null || succession.by() == null || succession.on() == null) {
                continue;
            }
            Organisation successor = resolved.organisation(succession.by());
            if (successor == null) {
                continue; // an unknown ID is the loader's unknown-reference finding
            }
            if (succeedsItself(resolved, organisation)) {
                // One finding for each circle, at the first of its organisations.
                if (!inCircles.add(organisation.id())) {
                    continue;
                }
                List<String> circle = chain(resolved, organisation);
                inCircles.addAll(circle);
                findings.report(succession.by().at(), organisation.id(), "organisation " + organisation.id()
                        + " is succeeded by " + String.join(", then ", circle) + ": it would succeed itself",
                        "an organisation is succeeded by a new one; remove the `succeeded-by` that closes the circle");
                continue;
            }
            period(resolved, organisation, succession, findings);
            leadsAfter(resolved, organisation, succession, findings);
        }
    }

    private static boolean succeedsItself(ResolvedPlan resolved, Organisation start) {
        List<String> seen = new ArrayList<>();
        Organisation current = start;
        while (current != null && current.succeededBy() != null && !seen.contains(current.id())) {
            seen.add(current.id());
            current = resolved.organisation(current.succeededBy().by());
            if (current == start) {
                return true;
            }
        }
        return false;
    }

    /** The organisations that follow {@code start}, in order, until it comes round again: icb, ccg. */
    private static List<String> chain(ResolvedPlan resolved, Organisation start) {
        List<String> ids = new ArrayList<>();
        Organisation current = resolved.organisation(start.succeededBy().by());
        while (current != null && current != start && !ids.contains(current.id())) {
            ids.add(current.id());
            current = current.succeededBy() == null ? null : resolved.organisation(current.succeededBy().by());
        }
        ids.add(start.id());
        return ids;
    }

    private static void period(ResolvedPlan resolved, Organisation organisation, Succession succession,
                               Findings findings) {
        LocalDate on = succession.on().date();
        LocalDate start = resolved.periodStart();
        LocalDate end = resolved.periodEnd();
        String what = "organisation " + organisation.id() + " is succeeded by " + succession.by().id() + " on "
                + BritishDates.format(on);
        if (start != null && on.isBefore(start)) {
            findings.report(Severity.WARNING, succession.on().at(), organisation.id(), what
                    + ", before the delivery period starts (" + BritishDates.format(start) + ")",
                    "name " + succession.by().id() + " in its place throughout the plan, and remove `succeeded-by`");
        } else if (end != null && on.isAfter(end)) {
            findings.report(Severity.WARNING, succession.on().at(), organisation.id(), what
                    + ", after the delivery period ends (" + BritishDates.format(end) + ")",
                    "check the date; a succession after the plan ends does not belong in it");
        }
    }

    /**
     * One note for each person of the old organisation who leads actions that start (or, without a
     * start, are due) on or after the succession.
     */
    private static void leadsAfter(ResolvedPlan resolved, Organisation organisation, Succession succession,
                                   Findings findings) {
        LocalDate on = succession.on().date();
        Map<Person, List<String>> later = new LinkedHashMap<>();
        resolved.actions().forEach(action -> {
            Person lead = resolved.person(action.lead());
            // Work under way on the day passes to the successor with its people; new work should not
            // start under an organisation that no longer exists.
            LocalDate starts = action.start() != null ? action.start().date()
                    : action.due() == null ? null : action.due().date();
            if (lead != null && lead.organisation() != null && organisation.id().equals(lead.organisation().id())
                    && starts != null && !starts.isBefore(on)) {
                later.computeIfAbsent(lead, p -> new ArrayList<>()).add(action.id());
            }
        });
        later.forEach((person, actions) -> findings.report(Severity.NOTE, person.at(), person.id(),
                person.id() + ", of " + organisation.id() + ", leads " + (actions.size() == 1 ? "action " : "actions ")
                        + BritishDates.and(actions) + ", starting on or after " + BritishDates.format(on) + ", when "
                        + succession.by().id() + " succeeds " + organisation.id(),
                "from that day they lead for " + succession.by().id()
                        + "; say so in the progress files, or name a lead of " + succession.by().id()));
    }
}
