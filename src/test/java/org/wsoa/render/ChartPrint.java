package org.wsoa.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a chart's type measures once printed: pdf.css sets the chart's width in millimetres. */
final class ChartPrint {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 ([0-9.]+) ");
    private static final Pattern FONT_SIZE = Pattern.compile("<text[^>]* class=\"([^\"]+)\"[^>]* font-size=\"([0-9.]+)\"");

    private ChartPrint() {
    }

    /** The width in millimetres pdf.css gives the first rule of {@code selector}. */
    static double widthMm(String selector) throws IOException {
        String css = Files.readString(Path.of("templates/pdf.css"));
        Matcher rule = Pattern.compile(Pattern.quote(selector) + " \\{[^}]*?\\bwidth: ([0-9.]+)mm").matcher(css);
        if (!rule.find()) {
            throw new AssertionError("no width for " + selector + " in pdf.css");
        }
        return Double.parseDouble(rule.group(1));
    }

    /**
     * Each text's class and printed size in points, for an inline-styled SVG drawn at most
     * {@code widthMm} wide (never wider than its own width: svg.chart has max-width 100%).
     */
    static List<String> under10pt(String svg, double widthMm) {
        Matcher box = VIEW_BOX.matcher(svg);
        if (!box.find()) {
            throw new AssertionError("no viewBox");
        }
        double printedPx = widthMm / 25.4 * 96;
        double scale = Math.min(1, printedPx / Double.parseDouble(box.group(1)));
        List<String> small = new ArrayList<>();
        Matcher font = FONT_SIZE.matcher(svg);
        while (font.find()) {
            double pt = Double.parseDouble(font.group(2)) * scale * 0.75;
            if (pt < 10) {
                small.add(font.group(1) + " " + pt + " pt");
            }
        }
        return small;
    }

    static int texts(String svg) {
        return svg.split("<text").length - 1;
    }
}
