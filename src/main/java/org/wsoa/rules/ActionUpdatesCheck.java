package org.wsoa.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.wsoa.calendar.BritishDates;
import org.wsoa.diagnostic.Severity;
import org.wsoa.load.PlanFile;
import org.wsoa.model.Action;
import org.wsoa.model.Board;
import org.wsoa.model.Frequency;
import org.wsoa.resolve.ActionState;
import org.wsoa.resolve.ResolvedPlan;

/**
 * No action under way goes longer without an update than the board that oversees the plan goes
 * between meetings: the board cannot hold to account what it has not heard about.
 */
final class ActionUpdatesCheck extends AbstractRule {

    ActionUpdatesCheck() {
        super("action-updates", Severity.WARNING, "No action under way goes longer without an update than the"
                + " board that oversees the plan goes between meetings.");
    }

    @Override
    public void check(ResolvedPlan plan, Findings findings) {
        LocalDate asOf = plan.progress().asOf();
        Frequency cadence = plan.progress().cadence();
        if (asOf == null || cadence == null || plan.isUnreadable(PlanFile.PROGRESS)) {
            return;
        }
        Board board = plan.board(plan.plan().oversight());
        plan.actions().forEach(action -> {
            ActionState state = plan.progress().action(action);
            LocalDate since = state == null ? null : since(plan, action, state);
            if (state == null || state.isComplete() || since == null || since.isAfter(asOf)
                    || !since.plus(cadence.interval()).isBefore(asOf)) {
                return;
            }
            String when = state.lastReported() != null ? "since " + BritishDates.format(since)
                    : "since it started on " + BritishDates.format(since);
            findings.report(action.at(), action.id(), "action " + action.id() + " has had no update " + when + " ("
                    + ChronoUnit.DAYS.between(since, asOf) + " days to " + BritishDates.format(asOf)
                    + "), though the board that oversees the plan" + (board.name() == null ? ""
                    : " (" + board.name().value().strip() + ")") + " meets " + cadence.word(),
                    "give it a block in the latest progress file, with its `status:` and an `update:`");
        });
    }

    /** The last progress file that reported on it; else the day it started, or the plan started if later. */
    private static LocalDate since(ResolvedPlan plan, Action action, ActionState state) {
        if (state.lastReported() != null) {
            return state.lastReported();
        }
        LocalDate start = action.start() == null ? null : action.start().date();
        LocalDate planStart = plan.periodStart();
        if (start == null) {
            return planStart;
        }
        return planStart != null && planStart.isAfter(start) ? planStart : start;
    }
}
