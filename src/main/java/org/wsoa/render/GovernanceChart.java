package org.wsoa.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wsoa.model.Board;
import org.wsoa.model.Plan;

/**
 * The reporting lines between boards as a diagram in inline SVG: each board below the board it
 * reports to. The same lines are listed in text beside it.
 */
final class GovernanceChart {

    private static final int BOX_W = 220;
    private static final int BOX_H = 56;
    private static final int GAP_X = 20;
    private static final int GAP_Y = 44;
    private static final int LINE_CHARS = 30;
    private static final int PER_ROW = 4;

    private GovernanceChart() {
    }

    static String svg(Plan plan) {
        if (plan.boards().isEmpty()) {
            return "";
        }
        Map<String, Board> byId = new HashMap<>();
        plan.boards().forEach(b -> byId.putIfAbsent(b.id(), b));
        Map<Integer, List<Board>> levels = new LinkedHashMap<>();
        Map<String, Integer> levelOf = new HashMap<>();
        for (Board board : plan.boards()) {
            int level = depth(board, byId);
            levelOf.put(board.id(), level);
            levels.computeIfAbsent(level, l -> new ArrayList<>()).add(board);
        }
        int maxLevel = levels.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        // Each level in rows of at most PER_ROW boards on one grid, so that many workstreams stay
        // readable and the lines from a second row can pass up through the gaps of the first.
        List<List<Board>> rows = new ArrayList<>();
        Map<String, Integer> firstRowOfLevel = new HashMap<>();
        for (int level = 0; level <= maxLevel; level++) {
            List<Board> boards = levels.getOrDefault(level, List.of());
            firstRowOfLevel.put(Integer.toString(level), rows.size());
            for (int i = 0; i < boards.size(); i += PER_ROW) {
                rows.add(boards.subList(i, Math.min(boards.size(), i + PER_ROW)));
            }
        }
        int widest = rows.stream().mapToInt(List::size).max().orElse(1);
        int width = Math.max(BOX_W + 2 * GAP_X, widest * (BOX_W + GAP_X) + GAP_X);
        int height = rows.size() * (BOX_H + GAP_Y) - GAP_Y + 2 * 10;
        Map<String, double[]> centre = new HashMap<>();
        Map<String, Integer> rowOf = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Board> row = rows.get(r);
            boolean wrapped = levels.get(levelOf.get(row.get(0).id())).size() > PER_ROW;
            double rowWidth = (wrapped ? PER_ROW : row.size()) * (BOX_W + GAP_X) - GAP_X;
            double x = (width - rowWidth) / 2;
            for (Board board : row) {
                centre.put(board.id(), new double[] {x + BOX_W / 2.0, 10 + r * (BOX_H + GAP_Y) + BOX_H / 2.0});
                rowOf.put(board.id(), r);
                x += BOX_W + GAP_X;
            }
        }
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart governance-chart\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-labelledby=\"governance-diagram-title governance-diagram-desc\">");
        svg.append("<title id=\"governance-diagram-title\">Reporting lines between the boards</title>");
        svg.append("<desc id=\"governance-diagram-desc\">Each board is drawn below the board it reports to; the list of"
                + " reporting lines follows the diagram.</desc>");
        for (Board board : plan.boards()) {
            Board parent = board.reportsTo() == null ? null : byId.get(board.reportsTo().id());
            if (parent == null || !centre.containsKey(parent.id()) || levelOf.get(parent.id()) >= levelOf.get(board.id())) {
                continue;
            }
            double[] child = centre.get(board.id());
            double[] top = centre.get(parent.id());
            int firstRow = firstRowOfLevel.get(Integer.toString(levelOf.get(board.id())));
            double bus = 10 + firstRow * (BOX_H + GAP_Y) - GAP_Y / 2.0;
            StringBuilder path = new StringBuilder();
            double childTop = child[1] - BOX_H / 2.0;
            if (rowOf.get(board.id()) == firstRow) {
                path.append("M").append(Xml.num(child[0])).append(' ').append(Xml.num(childTop))
                        .append(" V").append(Xml.num(bus));
            } else {
                // Up through the gap to the left of the box, past the rows above.
                double gap = child[0] - BOX_W / 2.0 - GAP_X / 2.0;
                path.append("M").append(Xml.num(child[0])).append(' ').append(Xml.num(childTop))
                        .append(" V").append(Xml.num(childTop - GAP_Y / 2.0)).append(" H").append(Xml.num(gap))
                        .append(" V").append(Xml.num(bus));
            }
            path.append(" H").append(Xml.num(top[0])).append(" V").append(Xml.num(top[1] + BOX_H / 2.0));
            svg.append("<path d=\"").append(path).append("\" fill=\"none\" class=\"link\"/>");
        }
        String oversight = plan.oversight() == null ? null : plan.oversight().id();
        for (Board board : plan.boards()) {
            double[] c = centre.get(board.id());
            boolean overseer = board.id().equals(oversight);
            svg.append("<rect x=\"").append(Xml.num(c[0] - BOX_W / 2.0)).append("\" y=\"").append(Xml.num(c[1] - BOX_H / 2.0))
                    .append("\" width=\"").append(BOX_W).append("\" height=\"").append(BOX_H).append("\" rx=\"4\" class=\"")
                    .append(overseer ? "board oversight" : "board").append("\"/>");
            List<String> lines = wrap(board.name() == null ? board.id() : board.name().value());
            double y = c[1] - (lines.size() - 1) * 8 + 5;
            for (String line : lines) {
                svg.append("<text x=\"").append(Xml.num(c[0])).append("\" y=\"").append(Xml.num(y))
                        .append("\" text-anchor=\"middle\" class=\"board-name\">").append(Xml.escape(line)).append("</text>");
                y += 16;
            }
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static int depth(Board board, Map<String, Board> byId) {
        int depth = 0;
        Board current = board;
        List<String> seen = new ArrayList<>();
        while (current.reportsTo() != null && byId.containsKey(current.reportsTo().id()) && !seen.contains(current.id())) {
            seen.add(current.id());
            current = byId.get(current.reportsTo().id());
            depth++;
        }
        return depth;
    }

    /** At most three lines of about 30 characters, breaking between words. */
    static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > LINE_CHARS) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        if (lines.size() > 3) {
            List<String> cut = new ArrayList<>(lines.subList(0, 3));
            cut.set(2, cut.get(2) + "…");
            return cut;
        }
        return lines;
    }
}
