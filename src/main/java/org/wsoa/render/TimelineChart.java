package org.wsoa.render;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.wsoa.model.Action;
import org.wsoa.model.ActionStatus;
import org.wsoa.model.Plan;
import org.wsoa.model.Weakness;
import org.wsoa.resolve.ResolvedPlan;

/**
 * The timeline of all actions by weakness, as a Gantt chart in inline SVG. The same facts are in
 * the timeline table beside it, for screen readers and for print.
 */
final class TimelineChart {

    /**
     * The chart's width: about its printed width (178 mm, 673 px, in pdf.css), so that the PDF draws
     * its type at the size written here, at least 10 pt (see SvgStyle).
     */
    static final int WIDTH = 672;
    private static final int LABEL = 72;
    private static final int RIGHT = 12;
    private static final int HEADER = 28;
    /** A row: tight, so that a plan of about 56 rows (BCP's) fits one A4 page with its heading at 10 pt. */
    private static final int ROW = 13;
    /** The months' type size (see SvgStyle) and the average width of one of their characters. */
    private static final double MONTH_CHAR = 13.5 * 0.62;
    /** Space between two months' labels. */
    private static final double MONTH_GAP = 10;

    private TimelineChart() {
    }

    static String svg(ResolvedPlan resolved) {
        Plan plan = resolved.plan();
        LocalDate first = null;
        LocalDate last = null;
        int rows = 0;
        for (Weakness weakness : plan.weaknesses()) {
            rows++;
            for (Action action : weakness.actions()) {
                rows++;
                LocalDate start = start(action);
                if (start != null) {
                    first = first == null || start.isBefore(first) ? start : first;
                }
                if (action.due() != null) {
                    last = last == null || action.due().date().isAfter(last) ? action.due().date() : last;
                }
            }
        }
        if (first == null || last == null) {
            return "";
        }
        LocalDate from = first.withDayOfMonth(1);
        LocalDate to = YearMonth.from(last).plusMonths(1).atDay(1);
        long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
        int months = (int) ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to));
        // Label every month, or every 2nd, 3rd, 6th or 12th: as often as the labels clear each other.
        double monthWidth = (WIDTH - LABEL - RIGHT) / (double) months;
        double labelWidth = "Mmm 2000".length() * MONTH_CHAR;
        int step = 12;
        for (int candidate : new int[] {1, 2, 3, 6, 12}) {
            if (candidate * monthWidth >= labelWidth + MONTH_GAP + 2) {
                step = candidate;
                break;
            }
        }
        // The last label drawn must end inside the chart: if it would not, the plot gives up the room.
        int lastLabelled = (months - 1) / step * step;
        double lastShare = ChronoUnit.DAYS.between(from, YearMonth.from(from).plusMonths(lastLabelled).atDay(1))
                / (double) span;
        double plot = WIDTH - LABEL - RIGHT;
        if (lastShare > 0) {
            plot = Math.min(plot, (WIDTH - 2 - LABEL - 2 - labelWidth) / lastShare);
        }
        int height = HEADER + rows * ROW + 4;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart timeline-chart\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-labelledby=\"timeline-title timeline-desc\">");
        svg.append("<title id=\"timeline-title\">Timeline of all actions by weakness</title>");
        svg.append("<desc id=\"timeline-desc\">").append(Xml.escape(plan.actions().count() + " actions from "
                + org.wsoa.calendar.BritishDates.formatShort(first) + " to "
                + org.wsoa.calendar.BritishDates.formatShort(last) + "; the table that follows lists each one."))
                .append("</desc>");
        for (YearMonth month = YearMonth.from(from); month.isBefore(YearMonth.from(to)); month = month.plusMonths(1)) {
            double x = LABEL + plot * ChronoUnit.DAYS.between(from, month.atDay(1)) / span;
            svg.append("<line x1=\"").append(Xml.num(x)).append("\" y1=\"").append(HEADER - 6).append("\" x2=\"")
                    .append(Xml.num(x)).append("\" y2=\"").append(height).append("\" class=\"grid\"/>");
            int index = (int) ChronoUnit.MONTHS.between(YearMonth.from(from), month);
            if (index % step == 0) {
                svg.append("<text x=\"").append(Xml.num(x + 2)).append("\" y=\"").append(HEADER - 10)
                        .append("\" class=\"month\">").append(Xml.escape(month.getMonth()
                                .getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.UK).replace("Sept", "Sep")
                                + " " + month.getYear())).append("</text>");
            }
        }
        int y = HEADER;
        for (Weakness weakness : plan.weaknesses()) {
            svg.append("<text x=\"4\" y=\"").append(y + ROW - 2).append("\" class=\"weakness\">")
                    .append(Xml.escape(weakness.id() + (weakness.title() == null ? "" : " " + weakness.title().value())))
                    .append("</text>");
            y += ROW;
            for (Action action : weakness.actions()) {
                svg.append("<text x=\"8\" y=\"").append(y + ROW - 2).append("\" class=\"action\">")
                        .append(Xml.escape(action.id())).append("</text>");
                LocalDate start = start(action);
                if (start != null && action.due() != null) {
                    double x1 = LABEL + plot * ChronoUnit.DAYS.between(from, start) / span;
                    double x2 = LABEL + plot * ChronoUnit.DAYS.between(from, action.due().date()) / span;
                    ActionStatus status = ProgressView.shownStatus(resolved, action);
                    svg.append("<rect x=\"").append(Xml.num(x1)).append("\" y=\"").append(y + 2).append("\" width=\"")
                            .append(Xml.num(Math.max(4, x2 - x1))).append("\" height=\"").append(ROW - 4)
                            .append("\" class=\"bar status-").append(status.code()).append("\"/>");
                }
                y += ROW;
            }
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static LocalDate start(Action action) {
        if (action.start() != null) {
            return action.start().date();
        }
        return action.due() == null ? null : action.due().date();
    }
}
