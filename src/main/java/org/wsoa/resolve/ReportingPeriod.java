package org.wsoa.resolve;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.wsoa.calendar.BritishDates;
import org.wsoa.model.Frequency;

/**
 * One period a KPI is reported for, from its first day to its last (both included): a month, a
 * quarter, a term, half a financial year or a financial year, as its {@link Frequency} says.
 */
public record ReportingPeriod(LocalDate start, LocalDate end) {

    /** "March 2022", "January to March 2022", "October 2021 to March 2022". */
    public String label() {
        return BritishDates.months(YearMonth.from(start), YearMonth.from(end));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /**
     * The periods of {@code frequency} that the plan has run through and that are over by
     * {@code asOf}: each ends on or after {@code planStart} and before {@code asOf}, and starts on or
     * before {@code planEnd} (when known). None for a frequency without reporting periods.
     */
    public static List<ReportingPeriod> over(Frequency frequency, LocalDate planStart, LocalDate planEnd, LocalDate asOf) {
        List<ReportingPeriod> periods = new ArrayList<>();
        if (frequency == null || !frequency.hasReportingPeriods()) {
            return periods;
        }
        int length = frequency.periodMonths();
        YearMonth month = YearMonth.from(planStart);
        int offset = Math.floorMod(month.getMonthValue() - frequency.firstMonth().getValue(), length);
        YearMonth first = month.minusMonths(offset);
        while (true) {
            LocalDate start = first.atDay(1);
            LocalDate end = first.plusMonths(length - 1L).atEndOfMonth();
            if (!end.isBefore(asOf) || planEnd != null && start.isAfter(planEnd)) {
                return periods;
            }
            periods.add(new ReportingPeriod(start, end));
            first = first.plusMonths(length);
        }
    }
}
