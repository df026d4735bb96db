package org.wsoa.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class SvgTextTest {

    private static final Pattern PATH = Pattern.compile("<path class=\"tick\" fill=\"#484949\" d=\"([^\"]+)\"/>");

    /** Points in tenths of a unit, relative after a contour's first: "l" of 0.5 right and 1.2 up is "l0.5-1.2". */
    @Test
    void pathDataIsInTenthsAndRelative() throws Exception {
        String l = SvgText.outlined(svg("<text x=\"10\" y=\"20\" font-size=\"20.48\">l</text>"));

        // DejaVu Sans's "l" is the rectangle from (193, 0) to (377, 1556) in units of 1/2048 em: at
        // 20.48 user units to the em, a hundredth of a unit each.
        assertThat(l).isEqualTo(svg("<path fill=\"#000000\" d=\"M11.9 4.4l1.9 0l0 15.6l-1.9 0l0-15.6z\"/>"));
    }

    /** A label anchored at its end finishes at x: the same outline as anchored at its start, moved left by its width. */
    @Test
    void anchorsMoveTheLineByItsWidthInTheFontsAdvances() throws Exception {
        TrueTypeFont font = FontFaces.parsed(FontFaces.Face.REGULAR);
        double width = 0;
        for (int c : "Mar 2021".codePoints().toArray()) {
            width += font.getAdvanceWidth(font.getUnicodeCmapLookup().getGlyphId(c));
        }
        width *= 15.0 / font.getUnitsPerEm();

        double[] start = box(label("start"));
        double[] middle = box(label("middle"));
        double[] end = box(label("end"));

        assertThat(middle[0]).isCloseTo(start[0] - width / 2, Offset.offset(0.11));
        assertThat(end[0]).isCloseTo(start[0] - width, Offset.offset(0.11));
        assertThat(end[2]).isCloseTo(start[2] - width, Offset.offset(0.11));
        // On the baseline at y = 50: capitals rise about 0.73 em above it; round figures overshoot it a little.
        assertThat(start[3]).isCloseTo(50, Offset.offset(0.3));
        assertThat(start[1]).isCloseTo(50 - 0.729 * 15, Offset.offset(0.2));
        // "M" starts just right of x = 100 (its left side bearing).
        assertThat(start[0]).isBetween(100.0, 102.0);
    }

    @Test
    void boldTextIsDrawnWithTheBoldFace() throws Exception {
        String regular = SvgText.outlined(svg("<text x=\"0\" y=\"20\" font-size=\"15\">l</text>"));
        String bold = SvgText.outlined(svg("<text x=\"0\" y=\"20\" font-size=\"15\" font-weight=\"bold\">l</text>"));

        double[] thin = box(regular);
        double[] thick = box(bold);
        assertThat(thick[2] - thick[0]).isGreaterThan((thin[2] - thin[0]) * 1.3);
    }

    @Test
    void escapedCharactersAreDrawnAsTheCharacters() throws Exception {
        assertThat(SvgText.outlined(svg("<text x=\"0\" y=\"20\">A &amp; B &#39;C&#x27;</text>")))
                .isEqualTo(SvgText.outlined(svg("<text x=\"0\" y=\"20\">A &amp; B &apos;C&apos;</text>")))
                .doesNotContain("<text");
        assertThat(SvgText.unescaped("A &amp; B &lt;&gt; &quot;x&quot; &#39;y&#x27; &#8211;"))
                .isEqualTo("A & B <> \"x\" 'y' \u2013");
        assertThat(SvgText.unescaped("&nbsp;")).isNull();
    }

    /** The governance diagram's board names: lines of their own, each tspan with its x and y, in one outline. */
    @Test
    void tspansAreDrawnAtTheirOwnPositions() throws Exception {
        String two = SvgText.outlined(svg("<text class=\"board-name\" font-size=\"14\" fill=\"#0b0c0c\">"
                + "<tspan x=\"10\" y=\"20\">SEND</tspan> <tspan x=\"10\" y=\"40\">Board</tspan></text>"));

        assertThat(two).contains("<path class=\"board-name\" fill=\"#0b0c0c\" d=\"M").doesNotContain("<text", "<tspan");
        double[] box = box(two);
        assertThat(box[1]).isLessThan(20 - 8);
        assertThat(box[3]).isCloseTo(40, Offset.offset(0.2));
    }

    /** Text with anything the charts do not use (a transform, dx, a style, an unknown entity) is left for the SVG renderer. */
    @Test
    void textOfAnotherKindIsLeftAsItIs() throws Exception {
        for (String text : List.of(
                "<text x=\"0\" y=\"20\" transform=\"rotate(90)\">Rotated</text>",
                "<text x=\"0\" y=\"20\" dx=\"3\">Moved</text>",
                "<text x=\"0\" y=\"20\" style=\"font-family: serif\">Styled</text>",
                "<text x=\"0\" y=\"20\" font-weight=\"lighter\">Light</text>",
                "<text x=\"0\" y=\"20\" text-anchor=\"inherit\">Inherited</text>",
                "<text x=\"0\" y=\"1em\">Relative</text>",
                "<text x=\"0\" y=\"20\">Non&nbsp;breaking</text>",
                "<text x=\"0\" y=\"20\"><tspan dy=\"3\">Shifted</tspan></text>",
                "<text x=\"0\" y=\"20\">Before <tspan x=\"0\" y=\"40\">after</tspan></text>")) {
            assertThat(SvgText.outlined(svg(text))).as(text).isEqualTo(svg(text));
        }
        assertThat(SvgText.hasText(SvgText.outlined(svg("<text x=\"0\" y=\"20\" dx=\"3\">Moved</text>")))).isTrue();
    }

    /** A drawing of the council's own (not one of wsoa's charts) keeps its text: its size or colour may come from a group around it. */
    @Test
    void aDrawingThatIsNotAChartIsLeftAsItIs() throws Exception {
        String logo = "<svg viewBox=\"0 0 200 100\"><g font-size=\"40\" fill=\"#1d5fa0\"><text x=\"0\" y=\"50\">Council</text></g></svg>";
        String notChart = "<svg class=\"charts-logo\" viewBox=\"0 0 10 10\"><text x=\"0\" y=\"5\">A</text></svg>";

        assertThat(SvgText.outlined(logo)).isEqualTo(logo);
        assertThat(SvgText.outlined(notChart)).isEqualTo(notChart);
        assertThat(SvgText.hasText(SvgText.outlined(logo))).isTrue();
    }

    @Test
    void onlyTextInsideSvgIsDrawnAndTheRestOfThePageIsUntouched() throws Exception {
        String page = "<p>A &amp; B <text>not SVG</text></p>" + svg("<title>Chart</title><text x=\"0\" y=\"9\">1</text>")
                + "<p>after</p>";

        String outlined = SvgText.outlined(page);

        assertThat(outlined).startsWith("<p>A &amp; B <text>not SVG</text></p><svg class=\"chart\" viewBox=\"0 0 200 100\"><title>Chart</title><path fill=\"#000000\" d=\"M")
                .endsWith("z\"/></svg><p>after</p>");
        assertThat(SvgText.outlined("<p>No drawings</p>")).isEqualTo("<p>No drawings</p>");
    }

    /** The real charts: every text of a KPI chart and of the governance diagram is drawn, none left. */
    @Test
    void theChartsTextIsAllDrawn() throws Exception {
        String kpi = SvgStyle.inline("<svg class=\"chart kpi-chart\" viewBox=\"0 0 320 216\">"
                + "<text x=\"40\" y=\"60\" text-anchor=\"end\" class=\"tick\">100%</text>"
                + "<text x=\"40\" y=\"200\" text-anchor=\"end\" class=\"tick\">0%</text>"
                + "<text x=\"44\" y=\"210\" class=\"date\">Mar 2021</text>"
                + "<text x=\"300\" y=\"30\" text-anchor=\"middle\" class=\"value\">55%</text></svg>");

        String outlined = SvgText.outlined(kpi);

        assertThat(SvgText.hasText(outlined)).isFalse();
        assertThat(PATH.matcher(outlined).results().count()).isEqualTo(2);
        assertThat(outlined).contains("<path class=\"value\" fill=\"#0b0c0c\" d=\"M", "<path class=\"date\" fill=\"#484949\" d=\"M");
    }

    private static String label(String anchor) throws Exception {
        return SvgText.outlined(svg("<text x=\"100\" y=\"50\" text-anchor=\"" + anchor + "\" font-size=\"15\">Mar 2021</text>"));
    }

    private static String svg(String content) {
        return "<svg class=\"chart\" viewBox=\"0 0 200 100\">" + content + "</svg>";
    }

    /** The smallest box holding every point of the page's path data: {left, top, right, bottom}. */
    private static double[] box(String page) {
        Matcher d = Pattern.compile(" d=\"([^\"]+)\"").matcher(page);
        List<double[]> points = new ArrayList<>();
        Matcher command = Pattern.compile("([MlqcZz])([^MlqcZz]*)").matcher("");
        while (d.find()) {
            double x = 0;
            double y = 0;
            double startX = 0;
            double startY = 0;
            command.reset(d.group(1));
            while (command.find()) {
                String args = command.group(2).replace("-", " -").trim();
                double[] n = args.isEmpty() ? new double[0]
                        : java.util.Arrays.stream(args.split("\\s+")).mapToDouble(Double::parseDouble).toArray();
                switch (command.group(1)) {
                    case "M" -> {
                        x = startX = n[0];
                        y = startY = n[1];
                        points.add(new double[] {x, y});
                    }
                    case "z", "Z" -> {
                        x = startX;
                        y = startY;
                    }
                    default -> {
                        for (int i = 0; i < n.length; i += 2) {
                            points.add(new double[] {x + n[i], y + n[i + 1]});
                        }
                        x += n[n.length - 2];
                        y += n[n.length - 1];
                    }
                }
            }
        }
        assertThat(points).isNotEmpty();
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (double[] p : points) {
            box[0] = Math.min(box[0], p[0]);
            box[1] = Math.min(box[1], p[1]);
            box[2] = Math.max(box[2], p[0]);
            box[3] = Math.max(box[3], p[1]);
        }
        return box;
    }
}
