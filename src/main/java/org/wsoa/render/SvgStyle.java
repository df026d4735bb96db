package org.wsoa.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charts' colours and type, written onto each SVG element as presentation attributes, so that a
 * chart looks the same in a browser and in the PDF (whose SVG renderer does not see the page's
 * stylesheet). The class names stay, for councils' own CSS.
 */
final class SvgStyle {

    static final String FONT = "DejaVu Sans, Arial, sans-serif";

    private static final Map<String, String> BY_CLASS = Map.ofEntries(
            Map.entry("axis", "stroke=\"#484949\" stroke-width=\"1\""),
            Map.entry("trajectory", "fill=\"none\" stroke=\"#1d5fa0\" stroke-width=\"2.5\" stroke-dasharray=\"6 3\""),
            Map.entry("baseline", "fill=\"#484949\""),
            Map.entry("milestone", "fill=\"#ffffff\" stroke=\"#1d5fa0\" stroke-width=\"2\""),
            Map.entry("target", "fill=\"#1d5fa0\""),
            Map.entry("value", "font-size=\"15\" font-weight=\"bold\" fill=\"#0b0c0c\""),
            Map.entry("date", "font-size=\"15\" fill=\"#484949\""),
            Map.entry("month", "font-size=\"13.5\" fill=\"#484949\""),
            Map.entry("grid", "stroke=\"#dddddd\" stroke-width=\"1\""),
            Map.entry("weakness", "font-size=\"13.5\" font-weight=\"bold\" fill=\"#0b0c0c\""),
            Map.entry("action", "font-size=\"13.5\" fill=\"#484949\""),
            Map.entry("bar", "stroke=\"#0b0c0c\" stroke-width=\"0.5\""),
            Map.entry("status-not-started", "fill=\"#b1b4b6\""),
            Map.entry("status-on-track", "fill=\"#00703c\""),
            Map.entry("status-at-risk", "fill=\"#f47738\""),
            Map.entry("status-off-track", "fill=\"#d4351c\""),
            Map.entry("status-complete", "fill=\"#1d5fa0\""),
            Map.entry("board", "fill=\"#ffffff\" stroke=\"#484949\" stroke-width=\"1.5\""),
            Map.entry("oversight", "stroke=\"#1d5fa0\" stroke-width=\"3\""),
            Map.entry("board-name", "font-size=\"14\" fill=\"#0b0c0c\""),
            Map.entry("link", "stroke=\"#484949\" stroke-width=\"1.5\""),
            Map.entry("actual", "fill=\"none\" stroke=\"#0b0c0c\" stroke-width=\"2.5\""),
            Map.entry("actual-point", "fill=\"#0b0c0c\""),
            Map.entry("as-at", "stroke=\"#484949\" stroke-width=\"1.5\" stroke-dasharray=\"2 3\""),
            Map.entry("legend", "font-size=\"15\" fill=\"#0b0c0c\""),
            Map.entry("tick", "font-size=\"15\" fill=\"#484949\""),
            Map.entry("unit", "font-size=\"15\" fill=\"#484949\""),
            Map.entry("status-complete-and-embedded", "fill=\"#0c2d4a\""));

    private static final Pattern CLASS = Pattern.compile("<(\\w+)\\b([^>]*?) class=\"([^\"]*)\"([^>]*?)(/?)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)=\"([^\"]*)\"");

    private SvgStyle() {
    }

    /** The SVG with each element's classes also written as attributes, and the font on the root. */
    static String inline(String svg) {
        Matcher element = CLASS.matcher(svg);
        StringBuilder out = new StringBuilder(svg.length() * 2);
        while (element.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            if (element.group(1).equals("svg")) {
                attributes.put("font-family", FONT);
            }
            for (String name : element.group(3).split(" ")) {
                String style = BY_CLASS.get(name);
                if (style != null) {
                    Matcher attribute = ATTRIBUTE.matcher(style);
                    while (attribute.find()) {
                        attributes.put(attribute.group(1), attribute.group(2));
                    }
                }
            }
            StringBuilder replacement = new StringBuilder("<").append(element.group(1)).append(element.group(2))
                    .append(" class=\"").append(element.group(3)).append('"').append(element.group(4));
            attributes.forEach((key, value) -> replacement.append(' ').append(key).append("=\"").append(value).append('"'));
            replacement.append(element.group(5)).append('>');
            element.appendReplacement(out, Matcher.quoteReplacement(replacement.toString()));
        }
        element.appendTail(out);
        return out.toString();
    }
}
