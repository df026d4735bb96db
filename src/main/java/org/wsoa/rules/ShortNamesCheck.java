package org.wsoa.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wsoa.diagnostic.Excerpt;
import org.wsoa.diagnostic.Severity;
import org.wsoa.load.PlanFile;
import org.wsoa.model.Board;
import org.wsoa.model.Organisation;
import org.wsoa.model.Plan;
import org.wsoa.model.Text;
import org.wsoa.resolve.ResolvedPlan;

/**
 * The short names that table cells print in place of an organisation's or board's name: each names
 * one thing (no two alike, none the name of another), and is shorter than the name it stands for.
 */
final class ShortNamesCheck extends AbstractRule {

    /** An organisation or a board, as this check sees it. */
    private record Named(String what, String id, Text name, Text shortName) {
    }

    ShortNamesCheck() {
        super("short-names", Severity.ERROR, "Each short name of an organisation or board names one thing and is"
                + " shorter than its name.");
    }

    @Override
    public void check(ResolvedPlan resolved, Findings findings) {
        Plan plan = resolved.plan();
        List<Named> all = new ArrayList<>();
        if (!resolved.isUnreadable(PlanFile.PEOPLE)) {
            for (Organisation organisation : plan.organisations()) {
                all.add(new Named("organisation " + organisation.id(), organisation.id(), organisation.name(),
                        organisation.shortName()));
            }
        }
        if (!resolved.isUnreadable(PlanFile.GOVERNANCE)) {
            for (Board board : plan.boards()) {
                all.add(new Named("board " + board.id(), board.id(), board.name(), board.shortName()));
            }
        }
        Map<String, Named> byName = new HashMap<>();
        for (Named named : all) {
            if (named.name() != null && !named.name().isBlank()) {
                byName.putIfAbsent(key(named.name()), named);
            }
        }
        Map<String, Named> byShortName = new HashMap<>();
        for (Named named : all) {
            Text shortName = named.shortName();
            if (shortName == null || shortName.isBlank()) {
                continue;
            }
            String written = Excerpt.of(shortName.value().strip());
            Named first = byShortName.putIfAbsent(key(shortName), named);
            Named other = byName.get(key(shortName));
            if (first != null) {
                findings.report(shortName.at(), named.id(), named.what() + " has the short name `" + written
                        + "`, as " + first.what() + " has", "give each its own short name, or remove one");
            } else if (other != null && other != named) {
                findings.report(shortName.at(), named.id(), "the short name `" + written + "` of " + named.what()
                        + " is the name of " + other.what(), "choose a short name that nothing else in the plan is"
                        + " called");
            } else if (named.name() != null && shortName.value().strip().length() >= named.name().value().strip().length()) {
                findings.report(Severity.WARNING, shortName.at(), named.id(), "the short name `" + written + "` of "
                        + named.what() + " is no shorter than its name", "shorten it, or remove `short-name`");
            }
        }
    }

    private static String key(Text text) {
        return text.value().strip().toLowerCase(Locale.ROOT);
    }
}
