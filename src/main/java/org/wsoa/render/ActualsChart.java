package org.wsoa.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.wsoa.calendar.BritishDates;
import org.wsoa.model.Direction;
import org.wsoa.model.Kpi;
import org.wsoa.model.KpiActual;
import org.wsoa.resolve.KpiState;
import org.wsoa.resolve.Trajectory;

/**
 * A KPI's actuals plotted against its planned trajectory, as inline SVG: the trajectory dashed,
 * the actuals a solid line of squares, a dotted line at the reporting point, a scale on the y-axis
 * and a legend, so that neither line is told apart by colour alone. A title and description say
 * the same for screen readers, and the report's table beside it has every figure.
 */
final class ActualsChart {

    private static final int WIDTH = 480;
    private static final int HEIGHT = 250;
    static final double FONT = 15;
    private static final int RIGHT = 14;
    private static final int TOP = 44;
    private static final int BOTTOM = 30;
    private static final int TICKS = 4;

    private ActualsChart() {
    }

    /** The chart, or an empty string when the KPI has fewer than two dated values to draw. */
    static String svg(KpiState state, LocalDate asOf, String idPrefix) {
        Kpi kpi = state.kpi();
        List<Trajectory.Point> planned = state.trajectory().points();
        List<KpiActual> actuals = state.actuals();
        if (planned.size() + actuals.size() < 2) {
            return "";
        }
        List<LocalDate> dates = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        planned.forEach(p -> {
            dates.add(p.date());
            values.add(p.value());
        });
        actuals.forEach(a -> {
            dates.add(a.date().date());
            values.add(a.value());
        });
        dates.add(asOf);
        LocalDate first = dates.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = dates.stream().max(LocalDate::compareTo).orElseThrow();
        long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
        double min = values.stream().min(BigDecimal::compareTo).orElseThrow().doubleValue();
        double max = values.stream().max(BigDecimal::compareTo).orElseThrow().doubleValue();
        String unit = unit(kpi);
        boolean percent = "%".equals(unit);
        double low = Math.min(0, min);
        double step = niceStep((Math.max(max, low + 1) - low) / TICKS);
        double high = low + step * Math.ceil((Math.max(max, low + 1) - low) / step);
        List<String> ticks = new ArrayList<>();
        for (double v = low; v <= high + step / 2; v += step) {
            ticks.add(number(v) + (percent ? "%" : ""));
        }
        double left = 12 + ticks.stream().mapToDouble(t -> width(t)).max().orElse(0);
        double plotW = WIDTH - left - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        double y0 = TOP + plotH;
        String titleId = idPrefix + "-title";
        String descId = idPrefix + "-desc";
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart actuals-chart\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"").append(titleId).append(' ').append(descId)
                .append("\">");
        svg.append("<title id=\"").append(titleId).append("\">KPI ").append(Xml.escape(kpi.id()))
                .append(": actuals against the planned trajectory</title>");
        svg.append("<desc id=\"").append(descId).append("\">").append(Xml.escape(describe(state, unit))).append("</desc>");
        // The legend: a sample of each line, with its name.
        svg.append("<path d=\"M").append(Xml.num(left)).append(" 12 L").append(Xml.num(left + 28))
                .append(" 12\" class=\"trajectory\"/>");
        svg.append("<text x=\"").append(Xml.num(left + 34)).append("\" y=\"16\" class=\"legend\">Planned</text>");
        double second = left + 34 + width("Planned") + 24;
        svg.append("<path d=\"M").append(Xml.num(second)).append(" 12 L").append(Xml.num(second + 28))
                .append(" 12\" class=\"actual\"/>");
        svg.append("<rect x=\"").append(Xml.num(second + 10)).append("\" y=\"8\" width=\"8\" height=\"8\" class=\"actual-point\"/>");
        svg.append("<text x=\"").append(Xml.num(second + 34)).append("\" y=\"16\" class=\"legend\">Actual</text>");
        if (!unit.isEmpty() && !percent) {
            svg.append("<text x=\"").append(Xml.num(WIDTH - RIGHT)).append("\" y=\"16\" text-anchor=\"end\" class=\"unit\">")
                    .append(Xml.escape(unit)).append("</text>");
        }
        for (int i = 0; i < ticks.size(); i++) {
            double y = y0 - plotH * i / (ticks.size() - 1);
            svg.append("<line x1=\"").append(Xml.num(left)).append("\" y1=\"").append(Xml.num(y)).append("\" x2=\"")
                    .append(Xml.num(WIDTH - RIGHT)).append("\" y2=\"").append(Xml.num(y)).append("\" class=\"grid\"/>");
            svg.append("<text x=\"").append(Xml.num(left - 5)).append("\" y=\"").append(Xml.num(y + FONT * 0.35))
                    .append("\" text-anchor=\"end\" class=\"tick\">").append(Xml.escape(ticks.get(i))).append("</text>");
        }
        svg.append("<line x1=\"").append(Xml.num(left)).append("\" y1=\"").append(Xml.num(TOP - 6)).append("\" x2=\"")
                .append(Xml.num(left)).append("\" y2=\"").append(Xml.num(y0)).append("\" class=\"axis\"/>");
        svg.append("<line x1=\"").append(Xml.num(left)).append("\" y1=\"").append(Xml.num(y0)).append("\" x2=\"")
                .append(Xml.num(WIDTH - RIGHT)).append("\" y2=\"").append(Xml.num(y0)).append("\" class=\"axis\"/>");
        Scale scale = new Scale(first, days, left, plotW, low, high, plotH);
        // The reporting point, and the first and last dates, under the axis.
        double asAtX = scale.x(asOf);
        svg.append("<line x1=\"").append(Xml.num(asAtX)).append("\" y1=\"").append(Xml.num(TOP - 6)).append("\" x2=\"")
                .append(Xml.num(asAtX)).append("\" y2=\"").append(Xml.num(y0)).append("\" class=\"as-at\"/>");
        String asAtLabel = "As at " + shortDate(asOf);
        double asAtW = width(asAtLabel);
        double asAtFrom = Math.max(left, Math.min(asAtX - asAtW / 2, WIDTH - asAtW));
        svg.append("<text x=\"").append(Xml.num(asAtFrom)).append("\" y=\"").append(Xml.num(TOP - 10))
                .append("\" class=\"date\">").append(Xml.escape(asAtLabel)).append("</text>");
        String firstLabel = shortDate(first);
        String lastLabel = shortDate(last);
        svg.append("<text x=\"").append(Xml.num(left)).append("\" y=\"").append(HEIGHT - 8).append("\" class=\"date\">")
                .append(Xml.escape(firstLabel)).append("</text>");
        if (!first.equals(last) && left + width(firstLabel) + 12 < WIDTH - RIGHT - width(lastLabel)) {
            svg.append("<text x=\"").append(WIDTH - RIGHT).append("\" y=\"").append(HEIGHT - 8)
                    .append("\" text-anchor=\"end\" class=\"date\">").append(Xml.escape(lastLabel)).append("</text>");
        }
        if (planned.size() >= 2) {
            StringBuilder path = new StringBuilder();
            for (int i = 0; i < planned.size(); i++) {
                path.append(i == 0 ? "M" : " L").append(Xml.num(scale.x(planned.get(i).date()))).append(' ')
                        .append(Xml.num(scale.y(planned.get(i).value())));
            }
            svg.append("<path d=\"").append(path).append("\" class=\"trajectory\"/>");
        }
        for (int i = 0; i < planned.size(); i++) {
            svg.append("<circle cx=\"").append(Xml.num(scale.x(planned.get(i).date()))).append("\" cy=\"")
                    .append(Xml.num(scale.y(planned.get(i).value()))).append("\" r=\"3.5\" class=\"")
                    .append(i == planned.size() - 1 ? "target" : "milestone").append("\"/>");
        }
        if (actuals.size() >= 2) {
            StringBuilder path = new StringBuilder();
            for (int i = 0; i < actuals.size(); i++) {
                path.append(i == 0 ? "M" : " L").append(Xml.num(scale.x(actuals.get(i).date().date()))).append(' ')
                        .append(Xml.num(scale.y(actuals.get(i).value())));
            }
            svg.append("<path d=\"").append(path).append("\" class=\"actual\"/>");
        }
        for (KpiActual actual : actuals) {
            double x = scale.x(actual.date().date());
            double y = scale.y(actual.value());
            svg.append("<rect x=\"").append(Xml.num(x - 4)).append("\" y=\"").append(Xml.num(y - 4))
                    .append("\" width=\"8\" height=\"8\" class=\"actual-point\"/>");
        }
        if (!actuals.isEmpty()) {
            KpiActual latest = actuals.get(actuals.size() - 1);
            String label = value(latest.value(), percent);
            double x = scale.x(latest.date().date());
            double labelW = width(label);
            double labelX = Math.max(left + 2, Math.min(x - labelW / 2, WIDTH - RIGHT - labelW));
            svg.append("<text x=\"").append(Xml.num(labelX)).append("\" y=\"").append(Xml.num(scale.y(latest.value()) + 20))
                    .append("\" class=\"value\">").append(Xml.escape(label)).append("</text>");
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /** Dates and values to positions in the plot. */
    private record Scale(LocalDate first, long days, double left, double plotW, double low, double high, double plotH) {
        double x(LocalDate date) {
            return left + plotW * ChronoUnit.DAYS.between(first, date) / days;
        }

        double y(BigDecimal value) {
            return TOP + plotH * (1 - (value.doubleValue() - low) / (high - low));
        }
    }

    /** The chart's description: the plan, the actuals, and where the latest stands. */
    private static String describe(KpiState state, String unit) {
        List<String> planned = new ArrayList<>();
        List<Trajectory.Point> points = state.trajectory().points();
        for (int i = 0; i < points.size(); i++) {
            Trajectory.Point point = points.get(i);
            String what = i == 0 ? " (baseline)" : i == points.size() - 1 ? " (target)" : "";
            planned.add(withUnit(point.value(), unit) + " on " + BritishDates.formatShort(point.date()) + what);
        }
        List<String> actual = new ArrayList<>();
        for (KpiActual a : state.actuals()) {
            actual.add(withUnit(a.value(), unit) + " on " + BritishDates.formatShort(a.date().date()));
        }
        Direction direction = state.kpi().direction();
        return (planned.isEmpty() ? "No planned trajectory. " : "Planned: " + String.join(", ", planned) + ". ")
                + (actual.isEmpty() ? "No actuals reported yet." : "Actual: " + String.join(", ", actual) + ".")
                + (direction == null ? "" : direction == Direction.UP ? " Higher is better." : " Lower is better.");
    }

    static String unit(Kpi kpi) {
        // "number" is no unit to a reader: 420, not 420 number.
        return kpi.unit() == null || kpi.unit().value() == null || "number".equalsIgnoreCase(kpi.unit().value())
                ? "" : kpi.unit().value();
    }

    private static String withUnit(BigDecimal value, String unit) {
        String number = value.stripTrailingZeros().toPlainString();
        return "%".equals(unit) ? number + "%" : unit.isEmpty() ? number : number + " " + unit;
    }

    private static String value(BigDecimal value, boolean percent) {
        return value.stripTrailingZeros().toPlainString() + (percent ? "%" : "");
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least {@code rough}. */
    static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (factor * power >= rough - 1e-9) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    static String number(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /**
     * A label's width at the chart's font size, erring wide: DejaVu Sans's digits are 0.64 em, its
     * letters a little less on average and "%" nearly a whole em.
     */
    static double width(String text) {
        double ems = 0;
        for (char c : text.toCharArray()) {
            ems += c == '%' ? 0.95 : c == ' ' ? 0.32 : 0.66;
        }
        return ems * FONT;
    }

    private static String shortDate(LocalDate date) {
        return date.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.UK)
                .replace("Sept", "Sep") + " " + date.getYear();
    }
}
