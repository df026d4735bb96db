package org.wsoa.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.wsoa.load.PlanFixtures;
import org.wsoa.model.Board;
import org.wsoa.model.Ref;
import org.wsoa.model.Text;
import org.wsoa.resolve.ResolvedPlan;

/**
 * The governance diagram's picture matches the reporting lines: every line joins a board to the
 * board it reports to and to no other, no box overlaps another, and every name stays inside its box
 * in type of at least 14 px, in an SVG no wider than the printed page.
 */
class GovernanceChartTest {

    private static final Pattern SVG = Pattern.compile("<svg [^>]*viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\"");
    private static final Pattern BOX = Pattern.compile(
            "<rect x=\"([0-9.]+)\" y=\"([0-9.]+)\" width=\"([0-9.]+)\" height=\"([0-9.]+)\"[^>]*/><text[^>]*>(.*?)</text>");
    private static final Pattern TSPAN = Pattern.compile("<tspan x=\"([0-9.]+)\" y=\"([0-9.]+)\">([^<]*)</tspan>");
    private static final Pattern PATH = Pattern.compile("<path d=\"M([0-9.]+) ([0-9.]+) V([0-9.]+) H([0-9.]+)\"");
    private static final Pattern FONT_SIZE = Pattern.compile("font-size=\"([0-9.]+)\"");
    private static final double EPS = 0.01;
    /** The type the PDF sets the names in, to measure each line's real width. */
    private static final Font DEJAVU = dejaVu();

    private record Box(String name, double x, double y, double w, double h, List<String[]> lines) {
        boolean touches(double px, double py) {
            boolean onVertical = py >= y - EPS && py <= y + h + EPS && (Math.abs(px - x) < EPS || Math.abs(px - x - w) < EPS);
            boolean onHorizontal = px >= x - EPS && px <= x + w + EPS && (Math.abs(py - y) < EPS || Math.abs(py - y - h) < EPS);
            return onVertical || onHorizontal;
        }

        /** Whether the segment runs through the inside of the box (not along or up to its edge). */
        boolean crossedBy(double x1, double y1, double x2, double y2) {
            double left = Math.min(x1, x2);
            double right = Math.max(x1, x2);
            double top = Math.min(y1, y2);
            double bottom = Math.max(y1, y2);
            return left < x + w - EPS && right > x + EPS && top < y + h - EPS && bottom > y + EPS;
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4, 5, 8, 12})
    void thePictureMatchesTheReportingLines(int workstreams) {
        List<Board> boards = new ArrayList<>();
        boards.add(board("partnership", "Local Area SEND Partnership Board", null));
        boards.add(board("sib", "SEND Improvement Board", "partnership"));
        for (int i = 1; i <= workstreams; i++) {
            String name = i % 3 == 0
                    ? "Workstream " + i + ": Identification, assessment and provision for children and young people"
                            + " with social, emotional and mental health needs across education, health and care"
                    : "Workstream " + i + " board";
            boards.add(board("ws" + i, name, "sib"));
        }
        boards.add(board("coproduction", "Co-production and engagement task and finish group", "ws1"));
        boards.add(board("health", "Health and commissioning sub-group", "ws" + workstreams));
        Map<String, String> reportsTo = new HashMap<>();
        Map<String, Board> byId = new HashMap<>();
        for (Board board : boards) {
            byId.put(board.id(), board);
        }
        for (Board board : boards) {
            if (board.reportsTo() != null) {
                reportsTo.put(board.name().value(), byId.get(board.reportsTo().id()).name().value());
            }
        }
        String svg = SvgStyle.inline(GovernanceChart.svg(boards, b -> b.reportsTo() == null ? null : byId.get(b.reportsTo().id()),
                "sib"));

        assertDrawsExactly(svg, reportsTo, boards.size());
        Matcher size = SVG.matcher(svg);
        assertThat(size.find()).isTrue();
        // A4 less margins: 178 mm = 673 px across, and well under the 257 mm = 971 px of a page down.
        assertThat(Double.parseDouble(size.group(1))).isLessThan(673);
        assertThat(Double.parseDouble(size.group(2))).isLessThan(workstreams == 12 ? 971 : 600);
    }

    @Test
    void everyExamplePlansDiagramMatchesItsReportingLines() throws IOException {
        int diagrams = 0;
        for (Path dir : Files.list(Path.of("plans")).sorted().toList()) {
            ResolvedPlan resolved = PlanFixtures.resolved(dir);
            if (resolved.plan().boards().isEmpty()) {
                continue;
            }
            Map<String, String> reportsTo = new HashMap<>();
            for (Board board : resolved.plan().boards()) {
                Board up = resolved.board(board.reportsTo());
                if (up != null) {
                    reportsTo.put(board.name().value(), up.name().value());
                }
            }
            assertDrawsExactly(SvgStyle.inline(GovernanceChart.svg(resolved)), reportsTo, resolved.plan().boards().size());
            diagrams++;
        }
        assertThat(diagrams).isGreaterThan(2);
    }

    @Test
    void aLongNameWrapsBetweenWordsAndALongWordIsCut() {
        assertThat(GovernanceChart.wrap("SEND Improvement and Assurance Board", 20))
                .containsExactly("SEND Improvement and", "Assurance Board");
        assertThat(GovernanceChart.wrap("Neurodevelopmental-pathway group", 10))
                .containsExactly("Neurodevel", "opmental-p", "athway", "group");
        assertThat(GovernanceChart.wrap("a b c d e f g h i j", 4)).containsExactly("a b", "c d", "e f", "g h…");
    }

    private static void assertDrawsExactly(String svg, Map<String, String> reportsTo, int boardCount) {
        List<Box> boxes = new ArrayList<>();
        Matcher rect = BOX.matcher(svg);
        while (rect.find()) {
            List<String[]> lines = new ArrayList<>();
            Matcher tspan = TSPAN.matcher(rect.group(5));
            StringBuilder name = new StringBuilder();
            while (tspan.find()) {
                lines.add(new String[] {tspan.group(1), tspan.group(2), tspan.group(3)});
                name.append(name.length() == 0 ? "" : " ").append(tspan.group(3));
            }
            boxes.add(new Box(name.toString(), d(rect.group(1)), d(rect.group(2)), d(rect.group(3)), d(rect.group(4)), lines));
        }
        assertThat(boxes).hasSize(boardCount);

        Set<String> drawn = new HashSet<>();
        Matcher path = PATH.matcher(svg);
        while (path.find()) {
            double x1 = d(path.group(1));
            double y1 = d(path.group(2));
            double y2 = d(path.group(3));
            double x2 = d(path.group(4));
            List<Box> atStart = boxes.stream().filter(b -> b.touches(x1, y1)).toList();
            List<Box> atEnd = boxes.stream().filter(b -> b.touches(x2, y2)).toList();
            assertThat(atStart).as("boxes at the start of " + path.group()).hasSize(1);
            assertThat(atEnd).as("boxes at the end of " + path.group()).hasSize(1);
            String parent = atStart.get(0).name();
            String child = atEnd.get(0).name();
            assertThat(reportsTo.get(child)).as(path.group()).isEqualTo(parent);
            assertThat(drawn.add(child)).as("one line into " + child).isTrue();
            for (Box box : boxes) {
                assertThat(box.crossedBy(x1, y1, x1, y2) || box.crossedBy(x1, y2, x2, y2))
                        .as(path.group() + " runs through " + box.name()).isFalse();
            }
        }
        assertThat(drawn).isEqualTo(reportsTo.keySet());

        for (int i = 0; i < boxes.size(); i++) {
            Box a = boxes.get(i);
            for (int j = i + 1; j < boxes.size(); j++) {
                Box b = boxes.get(j);
                assertThat(a.x() < b.x() + b.w() && b.x() < a.x() + a.w() && a.y() < b.y() + b.h() && b.y() < a.y() + a.h())
                        .as(a.name() + " overlaps " + b.name()).isFalse();
            }
            for (String[] line : a.lines()) {
                double x = d(line[0]);
                double y = d(line[1]);
                double right = x + Math.max(line[2].length() * GovernanceChart.CHAR_W, realWidth(line[2]));
                assertThat(x).as(line[2]).isGreaterThanOrEqualTo(a.x() + 4);
                assertThat(right).as(line[2]).isLessThanOrEqualTo(a.x() + a.w() - 4);
                assertThat(y - GovernanceChart.FONT_PX).as(line[2]).isGreaterThanOrEqualTo(a.y());
                assertThat(y + GovernanceChart.FONT_PX * 0.3).as(line[2]).isLessThanOrEqualTo(a.y() + a.h());
            }
        }

        Matcher font = FONT_SIZE.matcher(svg);
        int fonts = 0;
        while (font.find()) {
            assertThat(d(font.group(1))).isGreaterThanOrEqualTo(14);
            fonts++;
        }
        assertThat(fonts).isEqualTo(boardCount);
    }

    /** The width of {@code text} in DejaVu Sans at the diagram's size, in px. */
    private static double realWidth(String text) {
        return DEJAVU.getStringBounds(text, new FontRenderContext(null, true, true)).getWidth();
    }

    private static Font dejaVu() {
        try (InputStream in = GovernanceChart.class.getResourceAsStream("/org/wsoa/fonts/DejaVuSans.ttf")) {
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont((float) GovernanceChart.FONT_PX);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theMeasureIsWiderThanTheRealType() {
        // A name in the diagram's type runs narrower than its characters at the chart's measure.
        String name = "Children's Services Overview and Scrutiny Committee";
        assertThat(realWidth(name)).isGreaterThan(300).isLessThan(name.length() * GovernanceChart.CHAR_W);
    }

    private static Board board(String id, String name, String reportsTo) {
        return new Board(id, new Text(name, null), null, null, null, List.of(), null,
                reportsTo == null ? null : new Ref(reportsTo, null), null);
    }

    private static double d(String number) {
        return Double.parseDouble(number);
    }
}
