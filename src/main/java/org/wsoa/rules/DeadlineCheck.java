package org.wsoa.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.wsoa.calendar.BritishDates;
import org.wsoa.calendar.Deadline;
import org.wsoa.diagnostic.Severity;
import org.wsoa.model.Dated;
import org.wsoa.model.DeadlineRule;
import org.wsoa.model.Inspection;
import org.wsoa.model.Plan;
import org.wsoa.model.PlanKind;
import org.wsoa.model.PlanStatus;

/**
 * The plan is submitted by its deadline: by default 70 working days after the report was
 * received (SI 2015/1792), or the plan's own count, or the date the DfE set for an APP.
 */
final class DeadlineCheck implements Rule {

    @Override
    public String id() {
        return "deadline";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "The plan is submitted on or before its statutory or agreed deadline.";
    }

    @Override
    public void check(Plan plan, Findings findings) {
        DeadlineRule rule = plan.deadline();
        if (rule == null) {
            return;
        }
        Severity missing = plan.status() == PlanStatus.FINAL ? Severity.ERROR : Severity.WARNING;
        Deadline deadline = null;
        LocalDate due;
        if (rule.due() != null) {
            due = rule.due().date();
        } else {
            if (plan.kind() == PlanKind.APP) {
                findings.report(missing, rule.at(), null, "an Accelerated Progress Plan's due date is set by the DfE,"
                        + " but the plan does not record it", "add `deadline: {due: YYYY-MM-DD}` to plan.yaml");
                return;
            }
            Dated from = start(plan.inspection(), rule);
            if (from == null) {
                String field = DeadlineRule.FROM_PUBLISHED.equals(rule.from()) ? "report-published" : "report-received";
                findings.report(missing, plan.inspection() == null ? plan.at() : plan.inspection().at(), null,
                        "the inspection has no `" + field + "` date, so the plan's deadline cannot be worked out",
                        "add `" + field + ": YYYY-MM-DD` under `inspection:` in plan.yaml");
                return;
            }
            deadline = rule.calendarDays() ? Deadline.calendarDays(from.date(), rule.days())
                    : Deadline.workingDays(from.date(), rule.days(), findings.calendar());
            due = deadline.due();
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
        String late = lateness(submitted.date(), due, deadline, findings);
        String how = deadline == null ? "the due date in plan.yaml is " + BritishDates.format(due)
                : "the deadline is " + deadline.explanation();
        findings.report(submitted.at(), null, "the plan is submitted on " + BritishDates.format(submitted.date())
                + ", " + late + " after its deadline: " + how,
                "submit by " + BritishDates.format(due) + ", or record an extension agreed with the DfE as"
                        + " `deadline: {due: YYYY-MM-DD}`");
    }

    private static Dated start(Inspection inspection, DeadlineRule rule) {
        if (inspection == null) {
            return null;
        }
        return DeadlineRule.FROM_PUBLISHED.equals(rule.from()) ? inspection.reportPublished()
                : inspection.reportReceived();
    }

    private static String lateness(LocalDate submitted, LocalDate due, Deadline deadline, Findings findings) {
        if (deadline != null && !deadline.calendarDays() && findings.calendar().holidays().covers(submitted)) {
            int days = 0;
            for (LocalDate day = due.plusDays(1); !day.isAfter(submitted); day = day.plusDays(1)) {
                if (findings.calendar().isWorkingDay(day)) {
                    days++;
                }
            }
            return days + (days == 1 ? " working day" : " working days");
        }
        long days = ChronoUnit.DAYS.between(due, submitted);
        return days + (days == 1 ? " day" : " days");
    }
}
