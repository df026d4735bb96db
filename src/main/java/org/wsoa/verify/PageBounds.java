package org.wsoa.verify;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Checks where each glyph is drawn: inside its page's printable area (the crop box less a margin no
 * printer needs more than), inside the clip it was drawn in (the box of its cell or block when
 * that clips, the page's area), not over another word (a cell's text running into the next cell,
 * chart labels on top of each other), and no smaller than the smallest type size allowed.
 * Problems are reported once per word.
 */
public final class PageBounds {

    /** 5 mm: what a desktop printer leaves unprinted at a sheet's edge. */
    public static final double PRINTABLE_MARGIN = 5 * 72 / 25.4;
    /** How far a glyph may reach past a clip, in points, before it counts as cut (antialiasing, rounding). */
    private static final double TOLERANCE = 0.75;

    private PageBounds() {
    }

    /**
     * The problems of the glyphs' places and sizes.
     *
     * @param smallest the smallest type size allowed, in points (0 to allow any)
     */
    public static List<Problem> check(PdfText text, double smallest) {
        List<Problem> problems = new ArrayList<>();
        java.util.Set<Integer> reported = new java.util.HashSet<>();
        for (PdfText.Glyph glyph : text.glyphs()) {
            PDRectangle page = text.pages().get(glyph.page() - 1);
            Rectangle2D printable = new Rectangle2D.Double(page.getLowerLeftX() + PRINTABLE_MARGIN,
                    page.getLowerLeftY() + PRINTABLE_MARGIN, page.getWidth() - 2 * PRINTABLE_MARGIN,
                    page.getHeight() - 2 * PRINTABLE_MARGIN);
            Rectangle2D box = glyph.box();
            String what = describe(text, glyph);
            if (!inside(box, printable)) {
                if (glyph.word() < 0 || reported.add(glyph.word())) {
                    problems.add(new Problem(Problem.Kind.OUTSIDE_PAGE, glyph.page(), position(box, page),
                            what + " is drawn outside the page's printable area"));
                }
            } else if (glyph.clip() != null && !inside(core(box), glyph.clip())) {
                if (glyph.word() < 0 || reported.add(glyph.word())) {
                    problems.add(new Problem(Problem.Kind.CLIPPED, glyph.page(), position(box, page),
                            what + " is cut off: the glyph \"" + glyph.text() + "\" lies outside the box it is drawn in"));
                }
            }
        }
        if (smallest > 0) {
            problems.addAll(smallType(text, smallest));
        }
        problems.addAll(overlaps(text));
        return problems;
    }

    private static List<Problem> smallType(PdfText text, double smallest) {
        List<Problem> problems = new ArrayList<>();
        double[] sizes = new double[text.words().size()];
        java.util.Arrays.fill(sizes, Double.MAX_VALUE);
        for (PdfText.Glyph glyph : text.glyphs()) {
            if (glyph.word() >= 0) {
                sizes[glyph.word()] = Math.min(sizes[glyph.word()], glyph.size());
            }
        }
        int lastPage = -1;
        for (int i = 0; i < sizes.length; i++) {
            PdfText.Word word = text.words().get(i);
            double size = sizes[i];
            // One problem a page is enough to say where to look.
            if (size < smallest - 0.05 && word.page() != lastPage) {
                lastPage = word.page();
                problems.add(new Problem(Problem.Kind.SMALL_TYPE, word.page(), "\"" + word.text() + "\"",
                        String.format(java.util.Locale.ROOT, "is printed at %.1f pt, under the smallest size allowed, %.0f pt",
                                size, smallest)));
            }
        }
        return problems;
    }

    /** Words whose boxes overlap another word's by more than a sliver, on the same page. */
    private static List<Problem> overlaps(PdfText text) {
        List<Problem> problems = new ArrayList<>();
        List<PdfText.Word> words = new ArrayList<>(text.words());
        words.sort(Comparator.comparingInt(PdfText.Word::page).thenComparingDouble(w -> w.box().getMinX()));
        List<PdfText.Word> active = new ArrayList<>();
        int page = -1;
        for (PdfText.Word word : words) {
            if (word.page() != page) {
                active.clear();
                page = word.page();
            }
            active.removeIf(a -> a.box().getMaxX() <= word.box().getMinX());
            for (PdfText.Word other : active) {
                Rectangle2D overlap = other.box().createIntersection(word.box());
                double height = Math.min(other.box().getHeight(), word.box().getHeight());
                if (overlap.getWidth() > 1.0 && overlap.getHeight() > 0.5 * height) {
                    PDRectangle box = text.pages().get(page - 1);
                    problems.add(new Problem(Problem.Kind.OVERLAPPING_TEXT, page, position(word.box(), box),
                            "\"" + other.text() + "\" and \"" + word.text() + "\" are drawn over each other"));
                }
            }
            active.add(word);
        }
        return problems;
    }

    private static boolean inside(Rectangle2D box, Rectangle2D area) {
        return box.getMinX() >= area.getMinX() - TOLERANCE && box.getMaxX() <= area.getMaxX() + TOLERANCE
                && box.getMinY() >= area.getMinY() - TOLERANCE && box.getMaxY() <= area.getMaxY() + TOLERANCE;
    }

    /** The middle of a glyph's box, which must be seen for the glyph to be read. */
    private static Rectangle2D core(Rectangle2D box) {
        return new Rectangle2D.Double(box.getMinX() + 0.2 * box.getWidth(), box.getMinY() + 0.3 * box.getHeight(),
                0.6 * box.getWidth(), 0.4 * box.getHeight());
    }

    private static String describe(PdfText text, PdfText.Glyph glyph) {
        return glyph.word() >= 0 ? "\"" + text.words().get(glyph.word()).text() + "\"" : "the glyph \"" + glyph.text() + "\"";
    }

    /** Where on the page, in millimetres from its top left corner, as a reader measures. */
    private static String position(Rectangle2D box, PDRectangle page) {
        double mm = 25.4 / 72;
        return String.format(java.util.Locale.ROOT, "at %.0f mm from the left, %.0f mm from the top",
                (box.getMinX() - page.getLowerLeftX()) * mm, (page.getUpperRightY() - box.getMaxY()) * mm);
    }
}
