package org.wsoa.resolve;

import java.time.LocalDate;
import org.wsoa.model.Dated;
import org.wsoa.model.Framework;
import org.wsoa.model.Inspection;
import org.wsoa.model.InspectionOutcome;
import org.wsoa.model.Plan;

/**
 * What the 2023 framework says follows the inspection, worked out once: the outcome (as written, or
 * the one the plan's kind answers), the expected monitoring inspection (as the author wrote it, or
 * usually 18 months after the area received its final report, the handbook's paragraph 21) and the
 * next full inspection (within about three years of outcomes 2 and 3, five of outcome 1).
 *
 * @param outcome              the outcome, or null for a 2016-framework plan
 * @param monitoringInspection the expected monitoring inspection, or null when none follows or the
 *                             report's receipt is not recorded
 * @param monitoringAsWritten  whether the author wrote the monitoring inspection's date (it moves:
 *                             Ofsted has paused and rescheduled them)
 * @param fullInspectionBy     about when the next full inspection is due, or null
 */
public record FollowUp(InspectionOutcome outcome, LocalDate monitoringInspection, boolean monitoringAsWritten,
                       LocalDate fullInspectionBy) {

    static FollowUp of(Plan plan, Framework framework) {
        Inspection inspection = plan.inspection();
        InspectionOutcome outcome = inspection != null && inspection.outcome() != null ? inspection.outcome().value()
                : framework != null && framework.hasOutcomes() && plan.kind() != null ? plan.kind().outcome() : null;
        if (outcome == null) {
            return new FollowUp(null, null, false, null);
        }
        Dated received = inspection == null ? null : inspection.reportReceived();
        Dated written = inspection == null ? null : inspection.monitoringInspection();
        LocalDate monitoring = written != null ? written.date()
                : outcome.hasMonitoringInspection() && received != null
                ? received.date().plusMonths(outcome.monitoringAfterMonths()) : null;
        LocalDate full = received == null ? null : received.date().plusYears(outcome.fullInspectionWithinYears());
        return new FollowUp(outcome, monitoring, written != null, full);
    }
}
