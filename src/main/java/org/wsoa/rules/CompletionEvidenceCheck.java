package org.wsoa.rules;

import org.wsoa.diagnostic.Severity;
import org.wsoa.load.PlanFile;
import org.wsoa.resolve.ActionState;
import org.wsoa.resolve.ResolvedPlan;

/**
 * An action reported complete has evidence that it was done: the DfE and NHS England ask for it at
 * each review, and the revisit looks for it.
 */
final class CompletionEvidenceCheck extends AbstractRule {

    CompletionEvidenceCheck() {
        super("completion-evidence", Severity.WARNING, "Every action reported complete has evidence.");
    }

    @Override
    public void check(ResolvedPlan plan, Findings findings) {
        if (plan.isUnreadable(PlanFile.PROGRESS)) {
            return;
        }
        plan.actions().forEach(action -> {
            ActionState state = plan.progress().action(action);
            // Work done before the plan is recorded by the plan itself, which publishes it as done.
            if (state != null && state.isComplete() && state.evidence().isEmpty() && !action.doneBeforePlan()) {
                findings.report(state.statusAt(), action.id(), "action " + action.id()
                        + " is reported complete, but no evidence of it has been recorded",
                        "add `evidence:` to its block: minutes, data, an audit, a survey or a case study that shows"
                                + " it was done and what it changed");
            }
        });
    }
}
