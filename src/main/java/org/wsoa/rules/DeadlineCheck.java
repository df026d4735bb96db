package org.wsoa.rules;

import java.time.LocalDate;
import org.wsoa.calendar.BritishDates;
import org.wsoa.diagnostic.Severity;
import org.wsoa.model.Dated;
import org.wsoa.model.Plan;
import org.wsoa.model.PlanStatus;
import org.wsoa.resolve.PlanDeadline;
import org.wsoa.resolve.ResolvedPlan;

/**
 * The plan is submitted by its deadline: by default 70 working days after the report was received
 * (SI 2015/1792, regulation 4), or the plan's own count; the date the DfE set for an APP; the date
 * agreed for a plan whose deadline no source sets. A later date agreed beside the statutory one does
 * not replace it.
 */
final class DeadlineCheck extends AbstractRule {

    DeadlineCheck() {
        super("deadline", Severity.ERROR, "The plan is submitted on or before its statutory, set or agreed deadline.");
    }

    @Override
    public void check(ResolvedPlan resolved, Findings findings) {
        PlanDeadline deadline = resolved.deadline();
        if (deadline == null) {
            return;
        }
        Plan plan = resolved.plan();
        Severity missing = plan.status() == PlanStatus.FINAL ? Severity.ERROR : Severity.WARNING;
        if (deadline.problem() != null) {
            PlanDeadline.Problem problem = deadline.problem();
            findings.report(problem.missingData() ? missing : severity(), problem.at(), null, problem.message(),
                    problem.hint());
            return;
        }
        if (deadline.counted() != null && deadline.counted().estimateCaution() != null) {
            findings.report(Severity.WARNING, plan.inspection() == null ? plan.at() : plan.inspection().at(), null,
                    "the deadline, " + BritishDates.format(deadline.due()) + ", may be wrong: "
                            + deadline.counted().estimateCaution(),
                    "when GOV.UK announces the bank holidays of those years, give its list with"
                            + " `--holidays bank-holidays.json`, or add a one-off day under `bank-holidays:` in plan.yaml");
        }
        if (deadline.given() != null && deadline.setBy().asksWhoAgreed() && deadline.agreedBy() == null) {
            findings.report(missing, deadline.given().at(), null, "the plan does not say who agreed its date of "
                    + BritishDates.format(deadline.given().date()), "add `agreed-by:` (and `agreed-on:`) under `deadline:`");
        }
        Dated submitted = plan.submitted();
        if (submitted == null) {
            findings.report(missing, plan.at(), null, "the plan has no submission date; its deadline is "
                    + BritishDates.format(deadline.submitBy()), "add `submitted: YYYY-MM-DD` to plan.yaml");
            return;
        }
        Lateness late = new Lateness(resolved.calendar());
        LocalDate date = submitted.date();
        if (date.isAfter(deadline.submitBy())) {
            findings.report(submitted.at(), null, "the plan is submitted on " + BritishDates.format(date) + ", "
                    + late.after(date, deadline.submitBy(), deadline) + " after " + missed(deadline, date),
                    hint(deadline));
        } else if (deadline.hasAgreedDate() && date.isAfter(deadline.due())) {
            findings.report(Severity.WARNING, submitted.at(), null, "the plan is submitted on "
                    + BritishDates.format(date) + ", " + late.after(date, deadline.due(), deadline)
                    + " after its statutory deadline (" + deadline.counted().explanation() + "), by " + agreed(deadline),
                    "the regulations allow no extension, so both dates are shown; if the later date was agreed, accept"
                            + " this finding under `validation: accept:` with the agreement as the reason");
        }
    }

    /** The deadline or deadlines that a submission on {@code date} missed, in words. */
    private static String missed(PlanDeadline deadline, LocalDate date) {
        if (deadline.hasAgreedDate()) {
            return date.isAfter(deadline.due()) ? "both its statutory deadline (" + deadline.counted().explanation()
                    + ") and " + agreed(deadline) : agreed(deadline);
        }
        if (deadline.counted() != null) {
            return "its deadline: the deadline is " + deadline.counted().explanation();
        }
        return "its deadline: the due date in plan.yaml is " + BritishDates.format(deadline.due()) + ", "
                + deadline.setBy().givenDate() + (deadline.setBy().asksWhoAgreed() ? deadline.agreement() : "");
    }

    /** "the later date agreed by the DfE on 4 February 2022, Friday 4 March 2022". */
    private static String agreed(PlanDeadline deadline) {
        return "the " + (deadline.given().date().isAfter(deadline.due()) ? "later " : "") + "date agreed"
                + deadline.agreement() + ", " + BritishDates.format(deadline.given().date());
    }

    private static String hint(PlanDeadline deadline) {
        String submitBy = "submit by " + BritishDates.format(deadline.submitBy());
        if (deadline.counted() != null && !deadline.hasAgreedDate()) {
            return submitBy + "; the regulations allow no extension, but a later date agreed with the DfE can be"
                    + " recorded beside the statutory one as `deadline: {due: YYYY-MM-DD, agreed-by: ...}`";
        }
        return submitBy + ", or check `submitted:` and `due:` in plan.yaml";
    }
}
