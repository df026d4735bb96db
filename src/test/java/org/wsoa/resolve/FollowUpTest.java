package org.wsoa.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.wsoa.load.PlanFixtures;
import org.wsoa.model.Framework;
import org.wsoa.model.InspectionOutcome;

/** What follows an inspection, and when the delivery period runs, worked out once from plan.yaml. */
class FollowUpTest {

    @Test
    void aMonitoringInspectionIsExpectedEighteenMonthsAfterTheReportWasReceivedUnlessThePlanSaysWhen() {
        ResolvedPlan lancashire = PlanFixtures.resolved(Path.of("plans/lancashire-pap-2025"));
        ResolvedPlan written = PlanFixtures.resolved(PlanFixtures.TINY_PRIORITY_ACTION_PLAN);

        assertThat(lancashire.framework()).isEqualTo(Framework.AREA_SEND_2023);
        assertThat(lancashire.followUp()).isEqualTo(new FollowUp(InspectionOutcome.WIDESPREAD_FAILINGS,
                LocalDate.of(2026, 8, 5), false, LocalDate.of(2028, 2, 5)));
        assertThat(written.followUp().monitoringInspection()).isEqualTo(LocalDate.of(2026, 5, 11));
        assertThat(written.followUp().monitoringAsWritten()).isTrue();
    }

    @Test
    void outcomeTwoHasNoMonitoringInspectionAndThe2016FrameworkNoOutcome() {
        ResolvedPlan strategic = PlanFixtures.resolved(PlanFixtures.TINY_STRATEGIC_PLAN);
        ResolvedPlan statement = PlanFixtures.resolved(PlanFixtures.TINY);

        assertThat(strategic.followUp()).isEqualTo(new FollowUp(InspectionOutcome.INCONSISTENT, null, false,
                LocalDate.of(2027, 11, 5)));
        assertThat(statement.framework()).isEqualTo(Framework.LOCAL_AREA_SEND_2016);
        assertThat(statement.followUp()).isEqualTo(new FollowUp(null, null, false, null));
    }

    @Test
    void theDefaultPeriodRunsEighteenMonthsFromApproval() {
        ResolvedPlan lancashire = PlanFixtures.resolved(Path.of("plans/lancashire-pap-2025"));

        assertThat(lancashire.periodStart()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(lancashire.periodEnd()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(lancashire.describePeriod())
                .isEqualTo("the default plan period of 18 months from approval (1 April 2025 to 1 October 2026)");
    }
}
