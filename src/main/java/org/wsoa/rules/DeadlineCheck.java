package org.wsoa.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.wsoa.calendar.BritishDates;
import org.wsoa.calendar.Deadline;
import org.wsoa.calendar.WorkingDays;
import org.wsoa.diagnostic.Severity;
import org.wsoa.model.Dated;
import org.wsoa.model.Plan;
import org.wsoa.model.PlanStatus;
import org.wsoa.resolve.PlanDeadline;
import org.wsoa.resolve.ResolvedPlan;

/**
 * The plan is submitted by its deadline: by default 70 working days after the report was
 * received (SI 2015/1792), or the plan's own count, or the date the DfE set for an APP.
 */
final class DeadlineCheck extends AbstractRule {

    DeadlineCheck() {
        super("deadline", Severity.ERROR, "The plan is submitted on or before its statutory or agreed deadline.");
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
        LocalDate due = deadline.due();
        if (deadline.counted() != null && deadline.counted().estimateCaution() != null) {
            findings.report(Severity.WARNING, plan.inspection() == null ? plan.at() : plan.inspection().at(), null,
                    "the deadline, " + BritishDates.format(due) + ", may be wrong: "
                            + deadline.counted().estimateCaution(),
                    "when GOV.UK announces the bank holidays of those years, give its list with"
                            + " `--holidays bank-holidays.json`, or add a one-off day under `bank-holidays:` in plan.yaml");
        }
        Dated submitted = plan.submitted();
        if (submitted == null) {
            findings.report(missing, plan.at(), null, "the plan has no submission date; its deadline is "
                    + BritishDates.format(due), "add `submitted: YYYY-MM-DD` to plan.yaml");
            return;
        }
        if (!submitted.date().isAfter(due)) {
            return;
        }
        String late = lateness(submitted.date(), due, deadline.counted(), resolved.calendar());
        String how = deadline.counted() == null ? "the due date in plan.yaml is " + BritishDates.format(due)
                : "the deadline is " + deadline.counted().explanation();
        findings.report(submitted.at(), null, "the plan is submitted on " + BritishDates.format(submitted.date())
                + ", " + late + " after its deadline: " + how,
                "submit by " + BritishDates.format(due) + ", or record an extension agreed with the DfE as"
                        + " `deadline: {due: YYYY-MM-DD}`");
    }

    private static String lateness(LocalDate submitted, LocalDate due, Deadline counted, WorkingDays calendar) {
        if (counted != null && !counted.calendarDays() && calendar.holidays().covers(submitted)) {
            int days = 0;
            for (LocalDate day = due.plusDays(1); !day.isAfter(submitted); day = day.plusDays(1)) {
                if (calendar.isWorkingDay(day)) {
                    days++;
                }
            }
            return days + (days == 1 ? " working day" : " working days");
        }
        long days = ChronoUnit.DAYS.between(due, submitted);
        return days + (days == 1 ? " day" : " days");
    }
}
