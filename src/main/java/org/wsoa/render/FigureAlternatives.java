package org.wsoa.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives each inline SVG chart an {@code alt} attribute made of its title and description, which
 * the PDF renderer uses as the alternative text of the chart's Figure tag (PDF/UA 7.3).
 */
final class FigureAlternatives {

    private static final Pattern CHART = Pattern.compile(
            "<svg ([^>]*)>(<title id=\"[^\"]*\">([^<]*)</title>)(<desc id=\"[^\"]*\">([^<]*)</desc>)?");

    private FigureAlternatives() {
    }

    static String add(String page) {
        Matcher chart = CHART.matcher(page);
        StringBuilder out = new StringBuilder(page.length() + 1024);
        while (chart.find()) {
            // The title and description are already escaped markup, so they go into the attribute as they are.
            String alt = chart.group(3) + (chart.group(5) == null ? "" : ". " + chart.group(5));
            chart.appendReplacement(out, Matcher.quoteReplacement("<svg " + chart.group(1) + " alt=\"" + alt + "\">"
                    + chart.group(2) + (chart.group(4) == null ? "" : chart.group(4))));
        }
        chart.appendTail(out);
        return out.toString();
    }
}
