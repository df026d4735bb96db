package org.wsoa.rules;

import java.time.LocalDate;
import org.wsoa.calendar.BritishDates;
import org.wsoa.diagnostic.Severity;
import org.wsoa.model.ActionProgress;
import org.wsoa.model.Dated;
import org.wsoa.model.Evidence;
import org.wsoa.model.KpiActual;
import org.wsoa.model.ProgressReport;
import org.wsoa.model.ReviewMeeting;
import org.wsoa.resolve.ResolvedPlan;

/**
 * Progress files are dated within the plan's life, and each reports only what had happened by its
 * date: nothing completed, measured, agreed or concluded after it.
 */
final class ProgressDatesCheck extends AbstractRule {

    ProgressDatesCheck() {
        super("progress-dates", Severity.ERROR, "No progress file is dated before the plan started, and none"
                + " reports anything dated after its own date.");
    }

    @Override
    public void check(ResolvedPlan plan, Findings findings) {
        LocalDate start = plan.periodStart();
        for (ProgressReport report : plan.progress().reports()) {
            LocalDate date = report.date().date();
            if (start != null && date.isBefore(start)) {
                findings.report(report.date().at(), null, "this progress file reports as at "
                        + BritishDates.format(date) + ", before the plan's delivery period starts ("
                        + BritishDates.format(start) + ")",
                        "correct `date:` and the file's name; the period is `period:` in plan.yaml");
            }
            new Within(report, findings).check();
        }
    }

    /** The dates inside one progress file, each compared with the file's own. */
    private static final class Within {
        private final ProgressReport report;
        private final Findings findings;

        Within(ProgressReport report, Findings findings) {
            this.report = report;
            this.findings = findings;
        }

        void check() {
            for (ActionProgress action : report.actions()) {
                String id = action.action().id();
                after(action.completed(), id, "action " + id + " is recorded as completed on");
                if (action.revisedDue() != null) {
                    after(action.revisedDue().agreedOn(), id, "the revised due date of action " + id + " was agreed on");
                }
                for (Evidence evidence : action.evidence()) {
                    after(evidence.date(), id, "the evidence `" + (evidence.title() == null ? "" : evidence.title().value()
                            .strip()) + "` for action " + id + " is dated");
                }
            }
            for (KpiActual actual : report.actuals()) {
                after(actual.date(), actual.kpi().id(), "an actual of KPI " + actual.kpi().id() + " is dated");
            }
            for (ReviewMeeting meeting : report.reviews()) {
                if (meeting.outcome() != null && !meeting.outcome().isBlank()) {
                    after(meeting.date(), null, "a review meeting with an outcome is dated");
                }
            }
        }

        private void after(Dated dated, String subject, String what) {
            LocalDate date = report.date().date();
            if (dated != null && dated.date().isAfter(date)) {
                findings.report(dated.at(), subject, what + " " + BritishDates.format(dated.date())
                        + ", after the date of this progress file (" + BritishDates.format(date) + ")",
                        "a progress file reports what had happened by its date: correct the date, or report it in a"
                                + " later file");
            }
        }
    }
}
