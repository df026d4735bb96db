package org.wsoa.rules;

import java.util.Locale;
import org.wsoa.diagnostic.Severity;
import org.wsoa.resolve.ActionState;
import org.wsoa.resolve.ResolvedPlan;

/** An action reported complete says when it was completed. */
final class CompletionCheck extends AbstractRule {

    CompletionCheck() {
        super("completion", Severity.ERROR, "Every action reported complete has the date it was completed.");
    }

    @Override
    public void check(ResolvedPlan plan, Findings findings) {
        plan.actions().forEach(action -> {
            ActionState state = plan.progress().action(action);
            if (state != null && state.isComplete() && state.completed() == null) {
                findings.report(state.statusAt(), action.id(), "action " + action.id() + " is reported "
                        + state.status().label().toLowerCase(Locale.ROOT) + ", but not when it was completed",
                        "add `completed: YYYY-MM-DD` beside `status:`, the day it was done");
            }
        });
    }
}
