package org.wsoa.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.wsoa.calendar.BritishDates;
import org.wsoa.diagnostic.Severity;
import org.wsoa.load.PlanFile;
import org.wsoa.model.Destination;
import org.wsoa.model.OutstandingAction;
import org.wsoa.model.PlanKind;
import org.wsoa.model.ProgressReport;
import org.wsoa.resolve.ActionState;
import org.wsoa.resolve.PlanClosure;
import org.wsoa.resolve.ResolvedPlan;

/**
 * A plan that has closed (it has {@code closure.yaml}) says where every action not complete goes on,
 * and who owns it from now on; its closure report is built from this, and would otherwise leave an
 * action with nowhere to go. A plan that has closed reports no more progress.
 */
final class ClosureCheck extends AbstractRule {

    private static final String DESTINATIONS = Arrays.stream(Destination.values()).map(Destination::code)
            .collect(Collectors.joining(", "));

    ClosureCheck() {
        super("closure", Severity.ERROR, "A plan that has closed says where each action not complete goes, and who"
                + " owns it from now on.");
    }

    @Override
    public String lockedBecause() {
        return "the closure report would leave an outstanding action with nowhere to go";
    }

    @Override
    public void check(ResolvedPlan plan, Findings findings) {
        PlanClosure closure = plan.closure();
        if (closure == null || plan.isUnreadable(PlanFile.PROGRESS)) {
            return;
        }
        for (PlanClosure.OutstandingLine line : closure.outstanding()) {
            String id = line.action().id();
            OutstandingAction entry = line.entry();
            if (entry == null) {
                findings.report(closure.closure().outstandingAt(), id, "action " + id + " is not complete ("
                        + standing(line.state(), closure) + "), but closure.yaml does not say where it goes",
                        "add `" + id + ":` under `outstanding:` with its `destination:` (" + DESTINATIONS
                                + ") and the `owner:` who sees it through from now on");
            } else if (entry.destination() == null) {
                findings.report(entry.at(), id, "closure.yaml does not say where the outstanding action " + id
                        + " goes", "add `destination:`, one of " + DESTINATIONS);
            } else {
                checkDestination(plan.kind(), entry, findings);
            }
        }
        for (OutstandingAction entry : closure.notOutstanding()) {
            String id = entry.action().id();
            ActionState state = plan.progress().action(plan.action(entry.action()));
            findings.report(Severity.WARNING, entry.at(), id, "action " + id + " is complete"
                    + (state.statusDate() == null ? "" : " as at " + BritishDates.formatShort(state.statusDate()))
                    + ", so it is not outstanding", "remove its block from `outstanding:`; the closure report lists it"
                    + " among the actions completed");
        }
        for (ProgressReport report : closure.afterClosing()) {
            findings.report(report.date().at(), null, "this progress file is dated "
                    + BritishDates.format(report.date().date()) + ", after the plan closed on "
                    + BritishDates.format(closure.closedOn()), "a plan that has closed reports no more progress:"
                    + " report it in the plan that follows, or correct `date:` in closure.yaml");
        }
    }

    private static void checkDestination(PlanKind kind, OutstandingAction entry, Findings findings) {
        String id = entry.action().id();
        Destination destination = entry.destination();
        String words = destination.words(kind);
        if (words == null) {
            findings.report(entry.at(), id, "closure.yaml sends the outstanding action " + id + " to the next plan,"
                    + " but no plan follows " + (kind == null ? "this kind of plan" : kind.titleWithArticle()),
                    "send it to the SEND strategy or business as usual, or say it is no longer needed");
        } else if (destination.needsOwner() && entry.owner() == null) {
            findings.report(entry.at(), id, "closure.yaml says the outstanding action " + id + " goes to " + words
                    + ", but not who owns it from now on", "add `owner:` with the ID of the person who sees it"
                    + " through");
        }
    }

    /** "on track as at 30 September 2022", or "no progress file reports it" when none does. */
    private static String standing(ActionState state, PlanClosure closure) {
        if (state.status() == null) {
            return "no progress file reports it";
        }
        return state.status().label().toLowerCase(Locale.ROOT) + " as at " + BritishDates.formatShort(closure.asOf());
    }
}
