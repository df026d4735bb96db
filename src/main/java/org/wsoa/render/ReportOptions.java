package org.wsoa.render;

import java.time.Period;

/**
 * How a progress report is cut: how far ahead of the reporting point it looks for actions falling
 * due, and whether it gives only the exceptions (what is at risk, off track, overdue or behind
 * trajectory), for the six-weekly exception report.
 *
 * @param ahead          how far ahead to look, e.g. six weeks
 * @param exceptionsOnly the exception report rather than the whole progress report
 */
public record ReportOptions(Period ahead, boolean exceptionsOnly) {

    /** The whole report, looking six weeks ahead. */
    public static final ReportOptions DEFAULT = new ReportOptions(Period.ofWeeks(6), false);

    /** "6 weeks", "1 month", "10 days": how far ahead, in words. */
    public String aheadInWords() {
        if (ahead.getYears() == 0 && ahead.getMonths() == 0 && ahead.getDays() % 7 == 0 && ahead.getDays() > 0) {
            return count(ahead.getDays() / 7, "week");
        }
        if (ahead.getYears() == 0 && ahead.getDays() == 0) {
            return count(ahead.getMonths(), "month");
        }
        return count((int) (ahead.toTotalMonths() * 30 + ahead.getDays()), "day");
    }

    private static String count(int n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
