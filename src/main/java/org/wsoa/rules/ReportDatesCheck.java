package org.wsoa.rules;

import org.wsoa.calendar.BritishDates;
import org.wsoa.diagnostic.Severity;
import org.wsoa.model.Dated;
import org.wsoa.model.Inspection;
import org.wsoa.resolve.ResolvedPlan;

/**
 * The report's dates are in order: it is received after the inspection (or revisit) ended, and
 * published after it was received, since the area receives the final report a few working days
 * before Ofsted publishes it.
 */
final class ReportDatesCheck extends AbstractRule {

    ReportDatesCheck() {
        super("report-dates", Severity.ERROR, "The report is received after the inspection ends and published after"
                + " it is received.");
    }

    @Override
    public void check(ResolvedPlan resolved, Findings findings) {
        check(resolved.plan().inspection(), "inspection", findings);
        if (resolved.plan().revisit() != null) {
            check(resolved.plan().revisit().inspection(), "revisit", findings);
        }
    }

    private static void check(Inspection inspection, String what, Findings findings) {
        if (inspection == null) {
            return;
        }
        Dated received = inspection.reportReceived();
        Dated published = inspection.reportPublished();
        if (received != null && published != null && published.date().isBefore(received.date())) {
            findings.report(published.at(), null, "the " + what + " report was published on "
                    + BritishDates.format(published.date()) + ", before it was received ("
                    + BritishDates.format(received.date()) + ")", "the area receives the final report a few working"
                    + " days before Ofsted publishes it: check `report-received` and `report-published`");
        }
        Dated ended = inspection.visit() == null ? null
                : inspection.visit().end() != null ? inspection.visit().end() : inspection.visit().start();
        if (received != null && ended != null && received.date().isBefore(ended.date())) {
            findings.report(received.at(), null, "the " + what + " report was received on "
                    + BritishDates.format(received.date()) + ", before the " + what + " ended ("
                    + BritishDates.format(ended.date()) + ")", "check `report-received` and the dates of `visit`");
        }
    }
}
