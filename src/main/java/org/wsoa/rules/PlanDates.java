package org.wsoa.rules;

import java.time.LocalDate;
import org.wsoa.model.Dated;
import org.wsoa.model.Plan;
import org.wsoa.model.PlanKind;

/** The dates several rules measure against: when the report was received, and the delivery period. */
final class PlanDates {

    private PlanDates() {
    }

    /** The report the plan answers: the revisit's for an APP, else the inspection's; null if unknown. */
    static Dated reportReceived(Plan plan) {
        if (plan.kind() == PlanKind.APP && plan.revisit() != null && plan.revisit().inspection().reportReceived() != null) {
            return plan.revisit().inspection().reportReceived();
        }
        return plan.inspection() == null ? null : plan.inspection().reportReceived();
    }

    /** The period's first day: as written, else the day the report was received; null if neither. */
    static LocalDate periodStart(Plan plan) {
        if (plan.period() != null && plan.period().start() != null) {
            return plan.period().start().date();
        }
        Dated received = reportReceived(plan);
        return received == null ? null : received.date();
    }

    /** The period's last day: as written, else {@code plan-months} after its start; null if unknown. */
    static LocalDate periodEnd(Plan plan, Limits limits) {
        if (plan.period() != null && plan.period().end() != null) {
            return plan.period().end().date();
        }
        LocalDate start = periodStart(plan);
        return start == null ? null : start.plusMonths(limits.get(Limits.PLAN_MONTHS));
    }

    /** "the plan period (Tuesday 4 January 2022 to Friday 30 June 2023)" or the default's wording. */
    static String describePeriod(Plan plan, Limits limits) {
        String range = org.wsoa.calendar.BritishDates.formatShort(periodStart(plan)) + " to "
                + org.wsoa.calendar.BritishDates.formatShort(periodEnd(plan, limits));
        return plan.period() != null && plan.period().end() != null ? "the plan period (" + range + ")"
                : "the default plan period of " + limits.get(Limits.PLAN_MONTHS) + " months (" + range + ")";
    }
}
