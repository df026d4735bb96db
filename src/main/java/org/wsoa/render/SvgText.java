package org.wsoa.render;

import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.KerningSubtable;
import org.apache.fontbox.ttf.KerningTable;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * The text of the PDF's charts drawn as outlines of the embedded font's glyphs, before the SVG
 * renderer sees it. Left as text, the SVG renderer (Batik) lays it out with Java's font manager,
 * which takes the font from the machine's own fonts: a machine without DejaVu Sans drew the
 * labels in another font and gave other bytes, and starting the font manager, fontconfig and
 * FreeType for a few labels cost about 7 MB of memory and a tenth of the drawing's time. The
 * HTML edition keeps its text; the PDF's charts were shapes before as now, with their words in
 * the figure's alternative text.
 *
 * <p>Only the text of wsoa's own charts ({@code <svg class="chart ...">}) is drawn here, and of the
 * kind they are made of: {@code <text>} with {@code x}, {@code y},
 * {@code text-anchor}, {@code font-size}, {@code font-weight} and {@code fill}, and {@code <tspan>}s
 * with their own {@code x} and {@code y}. Any other text (a council's own SVG, or text with a
 * transform or a {@code dx}) is left to the SVG renderer as before. Letters are drawn one after another
 * with the font's advance widths and kerning, in the order written (the PDF's body text has no
 * right-to-left reordering or Arabic joining either).
 */
final class SvgText {

    private static final Pattern SVG = Pattern.compile("<svg\\b.*?</svg>", Pattern.DOTALL);
    /** The start tag of one of wsoa's own charts (KpiChart, ActualsChart, TimelineChart, GovernanceChart). */
    private static final Pattern CHART = Pattern.compile("<svg\\b[^>]*\\bclass=\"chart\\b");
    private static final Pattern TEXT = Pattern.compile("<text\\b([^>]*)>(.*?)</text>", Pattern.DOTALL);
    private static final Pattern TSPAN = Pattern.compile("\\s*<tspan\\b([^>]*)>([^<]*)</tspan>\\s*");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)=\"([^\"]*)\"");
    private static final Pattern NUMBER = Pattern.compile("-?(\\d+\\.?\\d*|\\.\\d+)");
    private static final java.util.Set<String> TEXT_ATTRIBUTES =
            java.util.Set.of("x", "y", "text-anchor", "font-size", "font-weight", "fill", "class");
    private static final java.util.Set<String> TSPAN_ATTRIBUTES = java.util.Set.of("x", "y");
    /** SVG's initial font size, in user units. */
    private static final double DEFAULT_SIZE = 16;

    private SvgText() {
    }

    /** The page with the text of its SVG drawings as glyph outlines, where the text is of the charts' kind. */
    static String outlined(String page) throws IOException {
        if (!page.contains("<svg")) {
            return page;
        }
        Matcher svg = SVG.matcher(page);
        StringBuilder out = new StringBuilder(page.length() + page.length() / 2);
        while (svg.find()) {
            // Only wsoa's charts: their texts carry their own size, weight and colour (SvgStyle); a
            // council's own drawing may give them on a group around the text, which is not read here.
            String drawing = svg.group();
            svg.appendReplacement(out, Matcher.quoteReplacement(
                    CHART.matcher(drawing).lookingAt() ? outlinedSvg(drawing) : drawing));
        }
        svg.appendTail(out);
        return out.toString();
    }

    /** Whether the page still has SVG text for the SVG renderer to lay out with the machine's fonts. */
    static boolean hasText(String page) {
        return page.contains("<text");
    }

    private static String outlinedSvg(String svg) throws IOException {
        Matcher text = TEXT.matcher(svg);
        StringBuilder out = new StringBuilder(svg.length() * 3);
        while (text.find()) {
            String path = path(attributes(text.group(1)), text.group(2));
            text.appendReplacement(out, Matcher.quoteReplacement(path == null ? text.group() : path));
        }
        text.appendTail(out);
        return out.toString();
    }

    /** The text element as one path, or null when it is not of the kind drawn here. */
    private static String path(Map<String, String> attributes, String content) throws IOException {
        if (attributes == null || !TEXT_ATTRIBUTES.containsAll(attributes.keySet())) {
            return null;
        }
        Double size = number(attributes.getOrDefault("font-size", Double.toString(DEFAULT_SIZE)));
        String weight = attributes.getOrDefault("font-weight", "normal");
        String anchor = attributes.getOrDefault("text-anchor", "start");
        if (size == null || !(weight.equals("normal") || weight.equals("bold") || weight.equals("400") || weight.equals("700"))
                || !(anchor.equals("start") || anchor.equals("middle") || anchor.equals("end"))) {
            return null;
        }
        Glyphs glyphs = new Glyphs(FontFaces.parsed(weight.equals("bold") || weight.equals("700")
                ? FontFaces.Face.BOLD : FontFaces.Face.REGULAR), size);
        StringBuilder d = new StringBuilder();
        if (content.contains("<")) {
            // Lines of their own, each a tspan with its x and y.
            Matcher tspan = TSPAN.matcher(content);
            int end = 0;
            while (tspan.find() && tspan.start() == end) {
                Map<String, String> own = attributes(tspan.group(1));
                if (own == null || !TSPAN_ATTRIBUTES.containsAll(own.keySet()) || !own.containsKey("x") || !own.containsKey("y")) {
                    return null;
                }
                if (!glyphs.draw(d, own.get("x"), own.get("y"), anchor, tspan.group(2))) {
                    return null;
                }
                end = tspan.end();
            }
            if (end != content.length()) {
                return null;
            }
        } else if (!glyphs.draw(d, attributes.getOrDefault("x", "0"), attributes.getOrDefault("y", "0"), anchor, content)) {
            return null;
        }
        StringBuilder path = new StringBuilder("<path");
        if (attributes.containsKey("class")) {
            path.append(" class=\"").append(attributes.get("class")).append('"');
        }
        path.append(" fill=\"").append(attributes.getOrDefault("fill", "#000000")).append("\" d=\"").append(d).append("\"/>");
        return path.toString();
    }

    /** The element's attributes, or null if there is anything else between them. */
    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(text);
        int end = 0;
        while (attribute.find()) {
            if (!text.substring(end, attribute.start()).isBlank()) {
                return null;
            }
            attributes.put(attribute.group(1), attribute.group(2));
            end = attribute.end();
        }
        return text.substring(end).isBlank() ? attributes : null;
    }

    private static Double number(String text) {
        return NUMBER.matcher(text).matches() ? Double.valueOf(text) : null;
    }

    /** One face at one size, drawing lines of text into a path's data. */
    private static final class Glyphs {
        private final TrueTypeFont font;
        private final CmapLookup cmap;
        private final KerningSubtable kerning;
        private final double scale;

        Glyphs(TrueTypeFont font, double size) throws IOException {
            this.font = font;
            this.cmap = font.getUnicodeCmapLookup();
            KerningTable table = font.getKerning();
            this.kerning = table == null ? null : table.getHorizontalKerningSubtable();
            this.scale = size / font.getUnitsPerEm();
        }

        /** Draws one line; false if its position is not a plain number. */
        boolean draw(StringBuilder d, String xText, String yText, String anchor, String escaped) throws IOException {
            Double x = number(xText);
            Double y = number(yText);
            if (x == null || y == null) {
                return false;
            }
            String text = unescaped(escaped);
            if (text == null) {
                return false;
            }
            text = text.strip().replaceAll("\\s+", " ");
            int[] ids = text.codePoints().map(cmap::getGlyphId).toArray();
            double[] advances = new double[ids.length];
            double width = 0;
            for (int i = 0; i < ids.length; i++) {
                advances[i] = font.getAdvanceWidth(ids[i])
                        + (kerning != null && i + 1 < ids.length ? kerning.getKerning(ids[i], ids[i + 1]) : 0);
                width += advances[i];
            }
            double pen = switch (anchor) {
                case "middle" -> -width / 2;
                case "end" -> -width;
                default -> 0;
            };
            for (int i = 0; i < ids.length; i++) {
                GlyphData glyph = font.getGlyph().getGlyph(ids[i]);
                if (glyph != null) {
                    outline(d, glyph.getPath(), x + pen * scale, y);
                }
                pen += advances[i];
            }
            return true;
        }

        /**
         * The glyph's outline, in font units with y up, as path data at (x, y) on the baseline: in
         * tenths of a unit (a few hundredths of a point once printed), each point after a contour's
         * first relative to the one before, so that the page the renderer parses stays small.
         */
        private void outline(StringBuilder d, GeneralPath path, double x, double y) {
            double[] c = new double[6];
            for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
                switch (it.currentSegment(c)) {
                    case PathIterator.SEG_MOVETO -> {
                        penX = tenths(x + c[0] * scale);
                        penY = tenths(y - c[1] * scale);
                        startX = penX;
                        startY = penY;
                        d.append('M');
                        appendTenths(d, penX, true);
                        appendTenths(d, penY, false);
                    }
                    case PathIterator.SEG_LINETO -> relative(d.append('l'), c, 1, x, y);
                    case PathIterator.SEG_QUADTO -> relative(d.append('q'), c, 2, x, y);
                    case PathIterator.SEG_CUBICTO -> relative(d.append('c'), c, 3, x, y);
                    case PathIterator.SEG_CLOSE -> {
                        d.append('z');
                        penX = startX;
                        penY = startY;
                    }
                    default -> throw new IllegalStateException("unknown path segment");
                }
            }
        }

        private long penX;
        private long penY;
        private long startX;
        private long startY;

        /** A segment's points relative to where it starts; the pen then stands at its last point. */
        private void relative(StringBuilder d, double[] c, int points, double x, double y) {
            long endX = penX;
            long endY = penY;
            for (int i = 0; i < points; i++) {
                endX = tenths(x + c[2 * i] * scale);
                endY = tenths(y - c[2 * i + 1] * scale);
                appendTenths(d, endX - penX, i == 0);
                appendTenths(d, endY - penY, false);
            }
            penX = endX;
            penY = endY;
        }

        private static long tenths(double value) {
            return Math.round(value * 10);
        }

        /** A number of tenths, after a space unless it is the command's first or starts with its minus sign. */
        private static void appendTenths(StringBuilder d, long tenths, boolean first) {
            if (!first && tenths >= 0) {
                d.append(' ');
            }
            if (tenths < 0) {
                d.append('-');
            }
            long abs = Math.abs(tenths);
            d.append(abs / 10);
            if (abs % 10 != 0) {
                d.append('.').append(abs % 10);
            }
        }
    }

    /** Text as {@link Xml#escape} escapes it, unescaped; null if it holds any other reference. */
    static String unescaped(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '&') {
                out.append(c);
                i++;
                continue;
            }
            int semicolon = text.indexOf(';', i);
            if (semicolon < 0) {
                return null;
            }
            String name = text.substring(i + 1, semicolon);
            switch (name) {
                case "lt" -> out.append('<');
                case "gt" -> out.append('>');
                case "amp" -> out.append('&');
                case "quot" -> out.append('"');
                case "apos" -> out.append('\'');
                default -> {
                    int code;
                    try {
                        code = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                                : name.startsWith("#") ? Integer.parseInt(name.substring(1)) : -1;
                    } catch (NumberFormatException e) {
                        return null;
                    }
                    if (code < 0 || !Character.isValidCodePoint(code)) {
                        return null;
                    }
                    out.appendCodePoint(code);
                }
            }
            i = semicolon + 1;
        }
        return out.toString();
    }
}
