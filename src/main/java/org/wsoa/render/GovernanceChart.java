package org.wsoa.render;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.wsoa.model.Board;
import org.wsoa.resolve.ResolvedPlan;

/**
 * The reporting lines between boards as a diagram in inline SVG, drawn as an indented tree: the
 * boards one per line in depth-first order from each board at the top, each indented one step
 * right of the board it reports to, with a trunk down the parent's left side and a branch into
 * each child. The same lines are listed in text beside it. The SVG is drawn at its own size
 * (narrower than the printed page), so its type prints at 14 px = 10.5 pt.
 */
final class GovernanceChart {

    static final int WIDTH = 660;
    static final int FONT_PX = 14;
    /** A conservative width of one character of the board name type (DejaVu Sans runs below 0.62 em). */
    static final double CHAR_W = FONT_PX * 0.62;
    static final int MARGIN = 4;
    static final int PAD_X = 10;
    static final int PAD_Y = 8;
    static final int LINE_H = 18;
    static final int GAP_Y = 10;
    static final int MAX_INDENT = 32;
    static final int MIN_BOX_W = 300;
    static final int MAX_LINES = 4;

    private GovernanceChart() {
    }

    static String svg(ResolvedPlan resolved) {
        String oversight = resolved.plan().oversight() == null ? null : resolved.plan().oversight().id();
        return svg(resolved.plan().boards(), board -> resolved.board(board.reportsTo()), oversight);
    }

    /** The diagram of {@code boards}, each below the board {@code parentOf} gives (null at the top). */
    static String svg(List<Board> boards, Function<Board, Board> parentOf, String oversight) {
        if (boards.isEmpty()) {
            return "";
        }
        Map<Board, List<Board>> children = new IdentityHashMap<>();
        Map<Board, Board> parent = new IdentityHashMap<>();
        for (Board board : boards) {
            Board up = among(boards, parentOf.apply(board));
            if (up != null && up != board) {
                parent.put(board, up);
                children.computeIfAbsent(up, b -> new ArrayList<>()).add(board);
            }
        }
        // Depth first from each board at the top, in the order written; boards caught in a loop of
        // reporting lines (which validate reports) are drawn at the top, without a line.
        Map<Board, Integer> depth = new IdentityHashMap<>();
        Map<Board, Board> drawnUnder = new IdentityHashMap<>();
        List<Board> order = new ArrayList<>();
        for (Board board : boards) {
            if (!parent.containsKey(board)) {
                visit(board, 0, null, children, depth, drawnUnder, order);
            }
        }
        for (Board board : boards) {
            if (!depth.containsKey(board)) {
                visit(board, 0, null, children, depth, drawnUnder, order);
            }
        }
        int maxDepth = depth.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int indent = maxDepth == 0 ? MAX_INDENT : Math.min(MAX_INDENT, (WIDTH - 2 * MARGIN - MIN_BOX_W) / maxDepth);

        Map<Board, double[]> box = new LinkedHashMap<>();
        Map<Board, List<String>> lines = new IdentityHashMap<>();
        double y = MARGIN;
        for (Board board : order) {
            double x = MARGIN + depth.get(board) * indent;
            double w = WIDTH - MARGIN - x;
            List<String> text = wrap(name(board), (int) Math.floor((w - 2 * PAD_X) / CHAR_W));
            double h = text.size() * LINE_H + 2 * PAD_Y;
            box.put(board, new double[] {x, y, w, h});
            lines.put(board, text);
            y += h + GAP_Y;
        }
        int height = (int) Math.ceil(y - GAP_Y + MARGIN);

        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart governance-chart\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-labelledby=\"governance-diagram-title governance-diagram-desc\">");
        svg.append("<title id=\"governance-diagram-title\">Reporting lines between the boards</title>");
        svg.append("<desc id=\"governance-diagram-desc\">Each board is drawn below and indented from the board it"
                + " reports to, joined to it by a line; the list of reporting lines follows the diagram.</desc>");
        for (Board board : order) {
            Board up = drawnUnder.get(board);
            if (up == null) {
                continue;
            }
            double[] from = box.get(up);
            double[] to = box.get(board);
            double trunk = from[0] + indent / 2.0;
            svg.append("<path d=\"M").append(Xml.num(trunk)).append(' ').append(Xml.num(from[1] + from[3]))
                    .append(" V").append(Xml.num(to[1] + to[3] / 2)).append(" H").append(Xml.num(to[0]))
                    .append("\" fill=\"none\" class=\"link\"/>");
        }
        for (Board board : order) {
            double[] b = box.get(board);
            boolean overseer = board.id().equals(oversight);
            svg.append("<rect x=\"").append(Xml.num(b[0])).append("\" y=\"").append(Xml.num(b[1]))
                    .append("\" width=\"").append(Xml.num(b[2])).append("\" height=\"").append(Xml.num(b[3]))
                    .append("\" rx=\"4\" class=\"").append(overseer ? "board oversight" : "board").append("\"/>");
            svg.append("<text class=\"board-name\">");
            double baseline = b[1] + PAD_Y + LINE_H - 5;
            for (String line : lines.get(board)) {
                svg.append("<tspan x=\"").append(Xml.num(b[0] + PAD_X)).append("\" y=\"").append(Xml.num(baseline))
                        .append("\">").append(Xml.escape(line)).append("</tspan>");
                baseline += LINE_H;
            }
            svg.append("</text>");
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static void visit(Board board, int level, Board up, Map<Board, List<Board>> children, Map<Board, Integer> depth,
            Map<Board, Board> drawnUnder, List<Board> order) {
        if (depth.containsKey(board)) {
            return;
        }
        depth.put(board, level);
        if (up != null) {
            drawnUnder.put(board, up);
        }
        order.add(board);
        for (Board child : children.getOrDefault(board, List.of())) {
            visit(child, level + 1, board, children, depth, drawnUnder, order);
        }
    }

    /** The board in {@code boards} that {@code board} is, or null. */
    private static Board among(List<Board> boards, Board board) {
        if (board == null) {
            return null;
        }
        for (Board candidate : boards) {
            if (candidate == board) {
                return candidate;
            }
        }
        int index = boards.indexOf(board);
        return index < 0 ? null : boards.get(index);
    }

    private static String name(Board board) {
        return board.name() == null || board.name().isBlank() ? board.id() : board.name().value();
    }

    /**
     * The text in lines of at most {@code chars} characters, breaking between words (a longer word is
     * cut), and at most four lines, the last ending in an ellipsis when the text runs on.
     */
    static List<String> wrap(String text, int chars) {
        int max = Math.max(4, chars);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            while (word.length() > max) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, max));
                word = word.substring(max);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > max) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        if (lines.size() > MAX_LINES) {
            List<String> cut = new ArrayList<>(lines.subList(0, MAX_LINES));
            String last = cut.get(MAX_LINES - 1);
            cut.set(MAX_LINES - 1, (last.length() >= max ? last.substring(0, max - 1) : last) + "…");
            return cut;
        }
        return lines;
    }
}
