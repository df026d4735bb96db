package org.wsoa.rules;

import java.time.LocalDate;
import org.wsoa.calendar.BritishDates;
import org.wsoa.diagnostic.Severity;
import org.wsoa.load.PlanFile;
import org.wsoa.model.RevisedDue;
import org.wsoa.resolve.ActionState;
import org.wsoa.resolve.ResolvedPlan;

/**
 * No action is past its due date without being complete, as at the reporting point. An action
 * that will be late needs a new date agreed and recorded; one past even that needs another.
 */
final class OverdueCheck extends AbstractRule {

    OverdueCheck() {
        super("overdue", Severity.WARNING, "No action is past its due date, or its revised due date, without being"
                + " complete.");
    }

    @Override
    public void check(ResolvedPlan plan, Findings findings) {
        LocalDate asOf = plan.progress().asOf();
        if (asOf == null || plan.isUnreadable(PlanFile.PROGRESS)) {
            return;
        }
        plan.actions().forEach(action -> {
            ActionState state = plan.progress().action(action);
            if (state == null || !state.isOverdueOn(asOf)) {
                return;
            }
            RevisedDue revised = state.revisedDue();
            if (revised == null || revised.date() == null) {
                findings.report(state.due().at(), action.id(), "action " + action.id() + " was due on "
                        + BritishDates.format(state.due().date()) + " and is not complete as at "
                        + BritishDates.format(asOf) + ", with no revised due date",
                        "report it complete (`status: complete`, `completed:`), or record a revised due date agreed"
                                + " with the DfE (`revised-due:`) in a progress file");
            } else {
                findings.report(revised.date().at(), action.id(), "action " + action.id() + " is not complete as at "
                        + BritishDates.format(asOf) + ", and its revised due date ("
                        + BritishDates.format(revised.date().date()) + ") has passed",
                        "report it complete, or record a new revised due date with who agreed it");
            }
        });
    }
}
