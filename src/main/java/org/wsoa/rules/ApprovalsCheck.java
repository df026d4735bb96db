package org.wsoa.rules;

import org.wsoa.diagnostic.Excerpt;
import org.wsoa.diagnostic.Severity;
import org.wsoa.model.Approval;
import org.wsoa.model.Plan;
import org.wsoa.resolve.ResolvedPlan;
import org.wsoa.model.PlanStatus;

/**
 * A final plan records who approved it and when. In a draft, what is missing is a warning, and a sign-off
 * still to come can be recorded as {@code date: pending}.
 */
final class ApprovalsCheck extends AbstractRule {

    ApprovalsCheck() {
        super("approvals", Severity.ERROR, "A final plan records every approval with its date (warnings in a draft).");
    }

    @Override
    public void check(ResolvedPlan resolved, Findings findings) {
        Plan plan = resolved.plan();
        Severity severity = plan.status() == PlanStatus.DRAFT ? Severity.WARNING : Severity.ERROR;
        if (plan.approvals().isEmpty()) {
            findings.report(severity, plan.at(), null, "the plan records no approvals",
                    "add `approvals:` with each body that signs the plan off and the date");
        }
        for (Approval approval : plan.approvals()) {
            String body = resolved.signOffBody(approval.body(), approval.board());
            String named = "the approval by " + (body == null ? "a body" : Excerpt.of(body));
            if (approval.pending()) {
                // A draft records a sign-off still to come as such; a final plan has had all of them.
                if (severity == Severity.ERROR) {
                    findings.report(severity, approval.at(), null, named + " is still pending in a final plan",
                            "write the date it approved the plan, or keep `status: draft` until it has");
                }
            } else if (approval.date() == null) {
                findings.report(severity, approval.at(), null, named + " has no date",
                        "add `date: YYYY-MM-DD` once it has approved the plan, or `date: pending` until then");
            }
        }
    }
}
