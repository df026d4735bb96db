package org.wsoa.verify;

import java.awt.geom.Rectangle2D;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Checks that no page is more than half blank, except where a new part starts: every page but the
 * last must be used at least half way down its body (from the body's top to the lowest word or
 * painted path, rules, borders and charts included), unless the next page begins with a part that
 * the print stylesheet starts on a page of its own. A page that ends a part may end where the part
 * does: the cover, the contents, a part's last page.
 *
 * <p>A page's body is the clip the renderer sets around the page's content (the page less its
 * margins), or the printable area where it sets none: the running header and the page number are
 * drawn outside it and are not counted.
 */
public final class PageFill {

    /** The least part of a page's body that must be used, top down, unless a new part follows. */
    public static final double LEAST_USED = 0.5;

    private PageFill() {
    }

    /**
     * The pages more than half blank.
     *
     * @param parts the titles of the parts that start a page by rule (their headings), in any order
     */
    public static List<Problem> check(PdfText text, Collection<String> parts) {
        List<String> keys = parts.stream().map(PageFill::key).filter(k -> !k.isEmpty()).toList();
        int pages = text.pages().size();
        double[] lowest = new double[pages + 1];
        java.util.Arrays.fill(lowest, Double.NaN);
        Rectangle2D[] bodies = new Rectangle2D[pages + 1];
        for (int page = 1; page <= pages; page++) {
            bodies[page] = body(text, page);
        }
        for (PdfText.Word word : text.words()) {
            lowest[word.page()] = lower(lowest[word.page()], word.box(), bodies[word.page()]);
        }
        for (PdfText.Mark mark : text.marks()) {
            lowest[mark.page()] = lower(lowest[mark.page()], mark.box(), bodies[mark.page()]);
        }
        List<Problem> problems = new ArrayList<>();
        for (int page = 1; page < pages; page++) {
            Rectangle2D body = bodies[page];
            double used = Double.isNaN(lowest[page]) ? 0 : (body.getMaxY() - lowest[page]) / body.getHeight();
            if (used >= LEAST_USED || startsPart(text, page + 1, bodies[page + 1], keys)) {
                continue;
            }
            problems.add(new Problem(Problem.Kind.HALF_BLANK, page, "",
                    String.format(Locale.ROOT, "%.0f %% used, and page %d does not start a new part", 100 * used, page + 1)));
        }
        return problems;
    }

    /**
     * The titles of the parts of a plan's page that its PDF starts on a page of their own, as pdf.css
     * does: each {@code section} of {@code main} ({@code main > section { page-break-before: always }})
     * and what follows the cover ({@code .cover { page-break-after: always }}, the contents). A part's
     * title is its first heading.
     */
    public static List<String> parts(String html) throws java.io.IOException {
        HtmlTree.Element root;
        try {
            root = HtmlTree.parse(html.getBytes(StandardCharsets.UTF_8));
        } catch (HtmlTree.NotWellFormed e) {
            throw new java.io.IOException("the page is not well-formed XHTML: " + e.getMessage(), e);
        }
        List<String> titles = new ArrayList<>();
        root.walk(element -> {
            if (!element.name.equals("main")) {
                return;
            }
            boolean afterCover = false;
            for (HtmlTree.Element part : element.elements()) {
                if (part.name.equals("section") || afterCover) {
                    String heading = heading(part);
                    if (heading != null) {
                        titles.add(heading);
                    }
                }
                String classes = part.attribute("class");
                afterCover = classes != null && List.of(classes.split("\\s+")).contains("cover");
            }
        });
        return titles;
    }

    private static String heading(HtmlTree.Element part) {
        List<String> found = new ArrayList<>();
        part.walk(element -> {
            if (found.isEmpty() && element.name.matches("h[1-6]")) {
                found.add(element.text());
            }
        });
        return found.isEmpty() ? null : found.get(0);
    }

    /** The page's body: the renderer's clip of its content, else the printable area. */
    private static Rectangle2D body(PdfText text, int page) {
        Rectangle2D body = text.body(page);
        if (body != null) {
            return body;
        }
        PDRectangle box = text.pages().get(page - 1);
        double margin = PageBounds.PRINTABLE_MARGIN;
        return new Rectangle2D.Double(box.getLowerLeftX() + margin, box.getLowerLeftY() + margin,
                box.getWidth() - 2 * margin, box.getHeight() - 2 * margin);
    }

    /** The lower of {@code lowest} and the bottom of {@code box} where it lies in the body. */
    private static double lower(double lowest, Rectangle2D box, Rectangle2D body) {
        if (!meets(box, body)) {
            return lowest;
        }
        double bottom = Math.max(box.getMinY(), body.getMinY());
        return Double.isNaN(lowest) ? bottom : Math.min(lowest, bottom);
    }

    /**
     * Whether the page's body begins with a part's title: its words read line by line from the top
     * (the order they are drawn in is not the order they are read: list numbers and labels first).
     * The words between the body's top and foot count, however far left or right they are drawn
     * (the running header and the page number are above and below it). A word the extraction gave
     * no glyphs (a ligature, one glyph for two letters, in the call before it) is taken to be where
     * the word drawn before it is.
     */
    private static boolean startsPart(PdfText text, int page, Rectangle2D body, List<String> keys) {
        List<PdfText.Word> words = new ArrayList<>();
        Rectangle2D before = null;
        for (PdfText.Word word : text.wordsOn(page)) {
            Rectangle2D box = word.box().isEmpty() && before != null ? before : word.box();
            before = box;
            if (box.getMaxY() >= body.getMinY() && box.getMinY() <= body.getMaxY()) {
                words.add(new PdfText.Word(word.text(), word.page(), box, word.line()));
            }
        }
        words.sort(java.util.Comparator.comparingDouble((PdfText.Word w) -> -w.box().getMaxY())
                .thenComparingDouble(w -> w.box().getMinX()));
        int longest = keys.stream().mapToInt(String::length).max().orElse(0);
        StringBuilder first = new StringBuilder();
        int i = 0;
        while (i < words.size() && first.length() < longest) {
            // A line: the words whose middle lies within the height of the line's highest word.
            Rectangle2D top = words.get(i).box();
            List<PdfText.Word> line = new ArrayList<>();
            while (i < words.size() && words.get(i).box().getCenterY() >= top.getMinY()) {
                line.add(words.get(i++));
            }
            line.sort(java.util.Comparator.comparingDouble(w -> w.box().getMinX()));
            for (PdfText.Word word : line) {
                first.append(key(word.text()));
            }
        }
        String start = first.toString();
        return keys.stream().anyMatch(start::startsWith);
    }

    /** Whether a box touches the body: a rule has no height, and counts all the same. */
    private static boolean meets(Rectangle2D box, Rectangle2D body) {
        return box.getMaxX() >= body.getMinX() && box.getMinX() <= body.getMaxX() && box.getMaxY() >= body.getMinY()
                && box.getMinY() <= body.getMaxY();
    }

    /** Letters and digits only, lower case, ligatures as their letters: a title however it is broken or drawn. */
    private static String key(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
    }
}
