package org.wsoa.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.wsoa.calendar.BritishDates;
import org.wsoa.model.Kpi;
import org.wsoa.model.Measure;

/**
 * A small line chart of a KPI's planned trajectory: baseline, milestones and target, as inline SVG
 * with a title and description for screen readers (the same figures are in the KPI table).
 */
final class KpiChart {

    /**
     * The chart's width: about its printed width (84 mm, 317 px, in pdf.css), so that the PDF draws
     * its type at the size written here, at least 10 pt (see SvgStyle).
     */
    static final int WIDTH = 320;
    private static final int HEIGHT = 216;
    private static final int RIGHT = 14;
    private static final int TOP = 40;
    private static final int BOTTOM = 36;
    /** Intervals on the y-axis, at most. */
    private static final int TICKS = 4;

    private KpiChart() {
    }

    /** The chart, or an empty string if the KPI lacks the points to draw one. */
    static String svg(Kpi kpi, String idPrefix) {
        List<Measure> points = points(kpi);
        if (points.size() < 2) {
            return "";
        }
        LocalDate first = points.get(0).date().date();
        LocalDate last = points.get(points.size() - 1).date().date();
        long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
        double min = points.stream().map(Measure::value).min(BigDecimal::compareTo).orElseThrow().doubleValue();
        double max = points.stream().map(Measure::value).max(BigDecimal::compareTo).orElseThrow().doubleValue();
        // "number" is no unit to a reader: 420, not 420 number.
        String unit = ActualsChart.unit(kpi);
        boolean percent = "%".equals(unit);
        // A scale of round values from zero (or the lowest value, if below zero) to at least the highest.
        double low = Math.min(0, min);
        double step = ActualsChart.niceStep((Math.max(max, low + 1) - low) / TICKS);
        double high = low + step * Math.ceil((Math.max(max, low + 1) - low) / step - 1e-9);
        List<String> ticks = new ArrayList<>();
        for (double v = low; v <= high + step / 2; v += step) {
            ticks.add(ActualsChart.number(v) + (percent ? "%" : ""));
        }
        double left = 12 + ticks.stream().mapToDouble(t -> ActualsChart.width(t)).max().orElse(0);
        double plotW = WIDTH - left - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        String titleId = idPrefix + "-title";
        String descId = idPrefix + "-desc";
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart kpi-chart\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"").append(titleId).append(' ').append(descId)
                .append("\">");
        svg.append("<title id=\"").append(titleId).append("\">Planned trajectory of KPI ").append(Xml.escape(kpi.id()))
                .append("</title>");
        svg.append("<desc id=\"").append(descId).append("\">").append(Xml.escape(describe(points, unit))).append("</desc>");
        double x0 = left;
        double y0 = TOP + plotH;
        // The y-axis's scale: a gridline and a label at each tick, and the unit above it unless the ticks carry it.
        if (!unit.isEmpty() && !percent) {
            svg.append("<text x=\"4\" y=\"16\" class=\"unit\">").append(Xml.escape(unit)).append("</text>");
        }
        for (int i = 0; i < ticks.size(); i++) {
            double y = y0 - plotH * i / (ticks.size() - 1);
            svg.append("<line x1=\"").append(Xml.num(x0)).append("\" y1=\"").append(Xml.num(y)).append("\" x2=\"")
                    .append(Xml.num(WIDTH - RIGHT)).append("\" y2=\"").append(Xml.num(y)).append("\" class=\"grid\"/>");
            svg.append("<text x=\"").append(Xml.num(x0 - 6)).append("\" y=\"").append(Xml.num(y + 5))
                    .append("\" text-anchor=\"end\" class=\"tick\">").append(Xml.escape(ticks.get(i))).append("</text>");
        }
        svg.append("<line x1=\"").append(Xml.num(x0)).append("\" y1=\"").append(Xml.num(TOP)).append("\" x2=\"")
                .append(Xml.num(x0)).append("\" y2=\"").append(Xml.num(y0)).append("\" class=\"axis\"/>");
        svg.append("<line x1=\"").append(Xml.num(x0)).append("\" y1=\"").append(Xml.num(y0)).append("\" x2=\"")
                .append(Xml.num(WIDTH - RIGHT)).append("\" y2=\"").append(Xml.num(y0)).append("\" class=\"axis\"/>");
        StringBuilder path = new StringBuilder();
        List<String> marks = new ArrayList<>();
        // Dates under the axis, dropping any that would overlap the one before (the target's always stays).
        double[] xs = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            xs[i] = left + plotW * ChronoUnit.DAYS.between(first, points.get(i).date().date()) / days;
        }
        boolean[] dated = new boolean[points.size()];
        int lastPoint = points.size() - 1;
        double[] targetSpan = dateSpan(xs[lastPoint], shortDate(points.get(lastPoint).date().date()), "end");
        double shownRight = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < points.size(); i++) {
            String anchor = i == 0 ? "start" : i == lastPoint ? "end" : "middle";
            double[] span = dateSpan(xs[i], shortDate(points.get(i).date().date()), anchor);
            // A date is shown only if it clears the one before and the target's, which always shows.
            boolean clear = span[0] >= shownRight + DATE_GAP && (i == lastPoint || span[1] <= targetSpan[0] - DATE_GAP);
            if (clear) {
                dated[i] = true;
                shownRight = span[1];
            }
        }
        for (int i = 0; i < points.size(); i++) {
            Measure point = points.get(i);
            double x = left + plotW * ChronoUnit.DAYS.between(first, point.date().date()) / days;
            double y = TOP + plotH * (1 - (point.value().doubleValue() - low) / (high - low));
            path.append(i == 0 ? "M" : " L").append(Xml.num(x)).append(' ').append(Xml.num(y));
            String label = point.value().stripTrailingZeros().toPlainString() + ("%".equals(unit) ? "%" : "");
            String anchor = i == 0 ? "start" : i == points.size() - 1 ? "end" : "middle";
            marks.add("<circle cx=\"" + Xml.num(x) + "\" cy=\"" + Xml.num(y) + "\" r=\"4\" class=\""
                    + (i == 0 ? "baseline" : i == points.size() - 1 ? "target" : "milestone") + "\"/>"
                    + "<text x=\"" + Xml.num(x) + "\" y=\"" + Xml.num(y - 8) + "\" text-anchor=\"" + anchor
                    + "\" class=\"value\">" + Xml.escape(label) + "</text>"
                    + (dated[i] ? "<text x=\"" + Xml.num(x) + "\" y=\"" + Xml.num(HEIGHT - 14) + "\" text-anchor=\""
                    + anchor + "\" class=\"date\">" + Xml.escape(shortDate(point.date().date())) + "</text>" : ""));
        }
        svg.append("<path d=\"").append(path).append("\" class=\"trajectory\"/>");
        marks.forEach(svg::append);
        svg.append("</svg>");
        return svg.toString();
    }

    /** Space between two dates under the axis. */
    private static final double DATE_GAP = 8;
    /** The average width of a character of the dates' type (DejaVu Sans at 15, see SvgStyle). */
    private static final double DATE_CHAR = 15 * 0.62;

    /** Where a date's label runs, {left, right}, drawn at x with the given text-anchor. */
    static double[] dateSpan(double x, String label, String anchor) {
        double width = label.length() * DATE_CHAR;
        return switch (anchor) {
            case "start" -> new double[] {x, x + width};
            case "end" -> new double[] {x - width, x};
            default -> new double[] {x - width / 2, x + width / 2};
        };
    }

    static List<Measure> points(Kpi kpi) {
        List<Measure> points = new ArrayList<>();
        if (kpi.baseline() != null && kpi.baseline().value() != null && kpi.baseline().date() != null) {
            points.add(kpi.baseline());
        }
        for (Measure point : kpi.trajectory()) {
            if (point.value() != null && point.date() != null) {
                points.add(point);
            }
        }
        if (kpi.target() != null && kpi.target().value() != null && kpi.target().date() != null) {
            points.add(kpi.target());
        }
        points.sort(Comparator.comparing(m -> m.date().date()));
        return points;
    }

    private static String describe(List<Measure> points, String unit) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Measure point = points.get(i);
            String what = i == 0 ? "Baseline" : i == points.size() - 1 ? "target" : "milestone";
            parts.add(what + " " + point.value().stripTrailingZeros().toPlainString() + (unit.isEmpty() ? "" : " " + unit)
                    + " on " + BritishDates.formatShort(point.date().date()));
        }
        return String.join(", ", parts) + ".";
    }

    static String shortDate(LocalDate date) {
        return date.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.UK)
                .replace("Sept", "Sep") + " " + date.getYear();
    }
}
