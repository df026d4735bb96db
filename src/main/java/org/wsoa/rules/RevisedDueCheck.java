package org.wsoa.rules;

import org.wsoa.calendar.BritishDates;
import org.wsoa.diagnostic.Severity;
import org.wsoa.model.ActionProgress;
import org.wsoa.model.ProgressReport;
import org.wsoa.model.RevisedDue;
import org.wsoa.resolve.ResolvedPlan;

/** A due date moves only by agreement, so every revised due date says who agreed it. */
final class RevisedDueCheck extends AbstractRule {

    RevisedDueCheck() {
        super("revised-due", Severity.ERROR, "Every revised due date says who agreed it.");
    }

    @Override
    public void check(ResolvedPlan plan, Findings findings) {
        for (ProgressReport report : plan.progress().reports()) {
            for (ActionProgress action : report.actions()) {
                RevisedDue revised = action.revisedDue();
                if (revised != null && (revised.agreedBy() == null || revised.agreedBy().isBlank())) {
                    String id = action.action().id();
                    findings.report(revised.at(), id, "the revised due date of action " + id
                            + (revised.date() == null ? "" : " (" + BritishDates.format(revised.date().date()) + ")")
                            + " does not say who agreed it",
                            "add `agreed-by:` with the ID of the person, or the name of the body (such as DfE), that"
                                    + " agreed it: due dates move only by agreement");
                }
            }
        }
    }
}
