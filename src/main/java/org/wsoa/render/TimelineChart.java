package org.wsoa.render;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
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
    /**
     * The most rows (weaknesses' titles and actions) one part of the chart holds: 56 rows print
     * 201 mm high, which leave room on an A4 page for the part's heading, or the caption under it.
     */
    static final int PART_ROWS = 56;
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
        for (Weakness weakness : plan.weaknesses()) {
            for (Action action : weakness.actions()) {
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
        // The rows, cut into parts of at most PART_ROWS, each drawn as a chart of its own with the
        // months above it: one SVG taller than the page would be cut across pages mid-row, its months
        // on the first page only. A part ends between weaknesses where the next one fits a part of
        // its own; a longer weakness runs on, its title repeated, "(continued)".
        List<List<Row>> parts = new ArrayList<>();
        List<Row> part = new ArrayList<>();
        for (Weakness weakness : plan.weaknesses()) {
            int size = 1 + weakness.actions().size();
            if (!part.isEmpty() && part.size() + size > PART_ROWS && size <= PART_ROWS) {
                parts.add(part);
                part = new ArrayList<>();
            }
            boolean continued = false;
            int index = 0;
            do {
                if (part.size() + 1 >= PART_ROWS && !part.isEmpty()) {
                    parts.add(part);
                    part = new ArrayList<>();
                }
                part.add(new Row(weakness, null, continued));
                while (index < weakness.actions().size() && part.size() < PART_ROWS) {
                    part.add(new Row(weakness, weakness.actions().get(index++), false));
                }
                continued = true;
            } while (index < weakness.actions().size());
        }
        parts.add(part);
        Axis axis = new Axis(from, to, span, step, plot);
        StringBuilder svg = new StringBuilder();
        long actions = plan.actions().count();
        for (int i = 0; i < parts.size(); i++) {
            String suffix = i == 0 ? "" : "-" + (i + 1);
            String title = "Timeline of all actions by weakness";
            String desc = actions + " actions from " + org.wsoa.calendar.BritishDates.formatShort(first) + " to "
                    + org.wsoa.calendar.BritishDates.formatShort(last) + "; the table that follows lists each one.";
            if (parts.size() > 1) {
                List<Row> these = parts.get(i);
                title += ", part " + (i + 1) + " of " + parts.size();
                desc = "Weaknesses " + these.get(0).weakness().id() + " to " + these.get(these.size() - 1).weakness().id()
                        + ", of " + desc;
            }
            part(svg, resolved, parts.get(i), axis, suffix, title, desc);
        }
        return svg.toString();
    }

    /** A row of the chart: a weakness's title (action null), or one of its actions. */
    private record Row(Weakness weakness, Action action, boolean continued) {
    }

    /** The months the chart spans and where they are drawn, shared by all its parts. */
    private record Axis(LocalDate from, LocalDate to, long span, int step, double plot) {
    }

    private static void part(StringBuilder svg, ResolvedPlan resolved, List<Row> rows, Axis axis, String suffix,
            String title, String desc) {
        int height = HEADER + rows.size() * ROW + 4;
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart timeline-chart\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-labelledby=\"timeline-title").append(suffix).append(" timeline-desc")
                .append(suffix).append("\">");
        svg.append("<title id=\"timeline-title").append(suffix).append("\">").append(Xml.escape(title)).append("</title>");
        svg.append("<desc id=\"timeline-desc").append(suffix).append("\">").append(Xml.escape(desc)).append("</desc>");
        LocalDate from = axis.from();
        for (YearMonth month = YearMonth.from(from); month.isBefore(YearMonth.from(axis.to())); month = month.plusMonths(1)) {
            double x = LABEL + axis.plot() * ChronoUnit.DAYS.between(from, month.atDay(1)) / axis.span();
            svg.append("<line x1=\"").append(Xml.num(x)).append("\" y1=\"").append(HEADER - 6).append("\" x2=\"")
                    .append(Xml.num(x)).append("\" y2=\"").append(height).append("\" class=\"grid\"/>");
            int index = (int) ChronoUnit.MONTHS.between(YearMonth.from(from), month);
            if (index % axis.step() == 0) {
                svg.append("<text x=\"").append(Xml.num(x + 2)).append("\" y=\"").append(HEADER - 10)
                        .append("\" class=\"month\">").append(Xml.escape(month.getMonth()
                                .getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.UK).replace("Sept", "Sep")
                                + " " + month.getYear())).append("</text>");
            }
        }
        int y = HEADER;
        for (Row row : rows) {
            Action action = row.action();
            if (action == null) {
                Weakness weakness = row.weakness();
                svg.append("<text x=\"4\" y=\"").append(y + ROW - 2).append("\" class=\"weakness\">")
                        .append(Xml.escape(weakness.id() + (weakness.title() == null ? "" : " " + weakness.title().value())
                                + (row.continued() ? " (continued)" : "")))
                        .append("</text>");
            } else {
                svg.append("<text x=\"8\" y=\"").append(y + ROW - 2).append("\" class=\"action\">")
                        .append(Xml.escape(action.id())).append("</text>");
                LocalDate start = start(action);
                if (start != null && action.due() != null) {
                    double x1 = LABEL + axis.plot() * ChronoUnit.DAYS.between(from, start) / axis.span();
                    double x2 = LABEL + axis.plot() * ChronoUnit.DAYS.between(from, action.due().date()) / axis.span();
                    ActionStatus status = ProgressView.shownStatus(resolved, action);
                    svg.append("<rect x=\"").append(Xml.num(x1)).append("\" y=\"").append(y + 2).append("\" width=\"")
                            .append(Xml.num(Math.max(4, x2 - x1))).append("\" height=\"").append(ROW - 4)
                            .append("\" class=\"bar status-").append(status.code()).append("\"/>");
                }
            }
            y += ROW;
        }
        svg.append("</svg>");
    }

    private static LocalDate start(Action action) {
        if (action.start() != null) {
            return action.start().date();
        }
        return action.due() == null ? null : action.due().date();
    }
}
