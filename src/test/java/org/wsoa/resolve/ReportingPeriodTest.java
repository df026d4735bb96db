package org.wsoa.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.wsoa.model.Frequency;
import org.wsoa.model.SourceRef;
import org.wsoa.model.Text;

class ReportingPeriodTest {

    private static final LocalDate PLAN_START = LocalDate.of(2022, 2, 16);
    private static final LocalDate PLAN_END = LocalDate.of(2023, 8, 31);

    @Test
    void monthsFromTheOneThePlanStartedInToTheLastThatIsOver() {
        assertThat(ReportingPeriod.over(Frequency.MONTHLY, PLAN_START, PLAN_END, LocalDate.of(2022, 5, 31)))
                .extracting(ReportingPeriod::label)
                .containsExactly("February 2022", "March 2022", "April 2022");
        assertThat(ReportingPeriod.over(Frequency.MONTHLY, PLAN_START, PLAN_END, LocalDate.of(2022, 6, 1)))
                .extracting(ReportingPeriod::label).endsWith("May 2022");
    }

    @Test
    void quartersTermsHalfYearsAndYearsAreFixedToTheCalendar() {
        LocalDate asOf = LocalDate.of(2023, 9, 1);

        assertThat(ReportingPeriod.over(Frequency.QUARTERLY, PLAN_START, PLAN_END, asOf)).extracting(ReportingPeriod::label)
                .containsExactly("January to March 2022", "April to June 2022", "July to September 2022",
                        "October to December 2022", "January to March 2023", "April to June 2023");
        assertThat(ReportingPeriod.over(Frequency.TERMLY, PLAN_START, PLAN_END, asOf)).extracting(ReportingPeriod::label)
                .containsExactly("January to April 2022", "May to August 2022", "September to December 2022",
                        "January to April 2023", "May to August 2023");
        assertThat(ReportingPeriod.over(Frequency.SIX_MONTHLY, PLAN_START, PLAN_END, asOf))
                .extracting(ReportingPeriod::label)
                .containsExactly("October 2021 to March 2022", "April to September 2022", "October 2022 to March 2023");
        assertThat(ReportingPeriod.over(Frequency.ANNUALLY, PLAN_START, PLAN_END, asOf)).extracting(ReportingPeriod::label)
                .containsExactly("April 2021 to March 2022", "April 2022 to March 2023");
    }

    @Test
    void aPeriodIsOverTheDayAfterItsLastDayAndNoneStartsAfterThePlanEnds() {
        assertThat(ReportingPeriod.over(Frequency.QUARTERLY, PLAN_START, PLAN_END, LocalDate.of(2022, 3, 31))).isEmpty();
        assertThat(ReportingPeriod.over(Frequency.QUARTERLY, PLAN_START, PLAN_END, LocalDate.of(2022, 4, 1)))
                .containsExactly(new ReportingPeriod(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 3, 31)));
        assertThat(ReportingPeriod.over(Frequency.MONTHLY, PLAN_START, PLAN_END, LocalDate.of(2025, 1, 1)))
                .last().isEqualTo(new ReportingPeriod(LocalDate.of(2023, 8, 1), LocalDate.of(2023, 8, 31)));
    }

    @Test
    void frequenciesWithoutReportingPeriodsHaveNone() {
        assertThat(ReportingPeriod.over(Frequency.WEEKLY, PLAN_START, PLAN_END, LocalDate.of(2023, 1, 1))).isEmpty();
        assertThat(ReportingPeriod.over(null, PLAN_START, PLAN_END, LocalDate.of(2023, 1, 1))).isEmpty();
    }

    @Test
    void frequenciesAreReadFromThePlansOwnWords() {
        assertThat(Frequency.of(text("Six-weekly "))).isEqualTo(Frequency.SIX_WEEKLY);
        assertThat(Frequency.of(text("every two months"))).isEqualTo(Frequency.EVERY_TWO_MONTHS);
        assertThat(Frequency.of(text("yearly"))).isEqualTo(Frequency.ANNUALLY);
        assertThat(Frequency.of(text("when needed"))).isNull();
        assertThat(Frequency.of(null)).isNull();
    }

    private static Text text(String value) {
        return new Text(value, SourceRef.file("governance.yaml"));
    }
}
