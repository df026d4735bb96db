package org.wsoa.verify;

import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * The text of a PDF as PDFBox extracts it, in the order it is drawn: its words, each with its page
 * and box, and its glyphs, each with its box, size and the clip in force when it was drawn. All
 * boxes are in the page's default user space (points, origin bottom left).
 */
public final class PdfText {

    /** One glyph as drawn: its box, its size in points, and the bounds of the clip it was drawn in (null if none). */
    public record Glyph(String text, int page, Rectangle2D box, double size, Rectangle2D clip, int word) {
    }

    /** One word as extracted, with its page (1-based) and the union of its glyphs' boxes. */
    public record Word(String text, int page, Rectangle2D box, int line) {
    }

    /**
     * A path painted in a colour that shows on white paper (a rule, a border, a chart's bar or line,
     * a shaded box), on its page (1-based): its bounds, cut to the clip it was painted in.
     */
    public record Mark(int page, Rectangle2D box) {
    }

    private final List<Word> words;
    private final List<Glyph> glyphs;
    private final List<PDRectangle> pages;
    private final List<Mark> marks;
    private final java.util.Map<Integer, Rectangle2D> bodies;

    private PdfText(List<Word> words, List<Glyph> glyphs, List<PDRectangle> pages, List<Mark> marks,
            java.util.Map<Integer, Rectangle2D> bodies) {
        this.words = List.copyOf(words);
        this.glyphs = List.copyOf(glyphs);
        this.pages = List.copyOf(pages);
        this.marks = List.copyOf(marks);
        this.bodies = java.util.Map.copyOf(bodies);
    }

    /** The text of every page of the document. */
    public static PdfText of(PDDocument document) throws IOException {
        Stripper stripper = new Stripper();
        stripper.setSortByPosition(false);
        stripper.setSuppressDuplicateOverlappingText(false);
        stripper.getText(document);
        List<PDRectangle> pages = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            pages.add(page.getCropBox());
        }
        return new PdfText(stripper.words, stripper.glyphs, pages, stripper.marks, stripper.bodies);
    }

    public List<Word> words() {
        return words;
    }

    public List<Glyph> glyphs() {
        return glyphs;
    }

    /** The crop box of each page, page 1 first. */
    public List<PDRectangle> pages() {
        return pages;
    }

    /** The paths painted in a colour that shows (not white), in the order they are painted. */
    public List<Mark> marks() {
        return marks;
    }

    /**
     * The page's body (1-based): the first clip the page sets that is at least half the page's width
     * and height, which is where the PDF's renderer clips the page's content (the page less its
     * margins, where the running header and the page number are drawn); null if the page sets none.
     */
    public Rectangle2D body(int page) {
        return bodies.get(page);
    }

    private final java.util.Map<Integer, List<Word>> byPage = new java.util.HashMap<>();
    private final java.util.Map<Integer, String> keys = new java.util.HashMap<>();

    /** The words drawn on one page (1-based), in order. */
    public List<Word> wordsOn(int page) {
        if (byPage.isEmpty()) {
            for (Word word : words) {
                byPage.computeIfAbsent(word.page(), p -> new ArrayList<>()).add(word);
            }
        }
        return byPage.getOrDefault(page, List.of());
    }

    /** The page's text as letters and digits only, lower case, for finding a heading however it is broken. */
    String pageKey(int page) {
        return keys.computeIfAbsent(page, p -> {
            StringBuilder drawn = new StringBuilder();
            for (Word word : wordsOn(p)) {
                drawn.append(word.text());
            }
            return drawn.toString().replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(java.util.Locale.ROOT);
        });
    }

    /** Hands a path or clip operator to the stripper. */
    private static final class PathOperator extends org.apache.pdfbox.contentstream.operator.OperatorProcessor {

        private final String name;

        PathOperator(Stripper stripper, String name) {
            super(stripper);
            this.name = name;
        }

        @Override
        public void process(org.apache.pdfbox.contentstream.operator.Operator operator,
                List<org.apache.pdfbox.cos.COSBase> operands) {
            ((Stripper) getContext()).path(name, operands);
        }

        @Override
        public String getName() {
            return name;
        }
    }

    private static final class Stripper extends PDFTextStripper {

        final List<Word> words = new ArrayList<>();
        final List<Glyph> glyphs = new ArrayList<>();
        final List<Mark> marks = new ArrayList<>();
        final java.util.Map<Integer, Rectangle2D> bodies = new java.util.HashMap<>();
        private final java.util.IdentityHashMap<TextPosition, Glyph> byPosition = new java.util.IdentityHashMap<>();
        private int line;
        private Object lastPaths;
        private int lastSize;
        private Rectangle2D lastClip;

        /** The path being built, in page space, and whether it is to become the clip when it ends. */
        private java.awt.geom.GeneralPath path = new java.awt.geom.GeneralPath();
        private boolean clipPending;

        Stripper() throws IOException {
            // The text stripper follows no paths; the clip (a box that cuts its text) needs them.
            for (String name : List.of("re", "m", "l", "c", "v", "y", "h", "W", "W*", "n", "f", "F", "f*", "S", "s", "B",
                    "B*", "b", "b*")) {
                addOperator(new PathOperator(this, name));
            }
            // The text stripper keeps no colours; a path painted white on white paper is not seen.
            addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceRGBColor(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceGrayColor(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceCMYKColor(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.color.SetStrokingColorSpace(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.color.SetStrokingColor(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.color.SetStrokingColorN(this));
        }

        /** Whether a colour shows on white paper: anything but white (a colour that cannot be read counts as shown). */
        private static boolean shows(org.apache.pdfbox.pdmodel.graphics.color.PDColor colour) {
            try {
                return colour == null || (colour.toRGB() & 0xFFFFFF) != 0xFFFFFF;
            } catch (IOException | RuntimeException e) {
                return true;
            }
        }

        /** The bounds of the clip in force, worked out once for each clip the page sets, not for each glyph or path. */
        private Rectangle2D clipBounds() {
            List<?> paths = getGraphicsState().getCurrentClippingPaths();
            if (paths != lastPaths || paths.size() != lastSize) {
                lastPaths = paths;
                lastSize = paths.size();
                Area clip = getGraphicsState().getCurrentClippingPath();
                lastClip = clip == null ? null : clip.getBounds2D();
            }
            return lastClip;
        }

        void path(String name, List<org.apache.pdfbox.cos.COSBase> operands) {
            float[] v = new float[operands.size()];
            for (int i = 0; i < v.length; i++) {
                if (!(operands.get(i) instanceof org.apache.pdfbox.cos.COSNumber number)) {
                    return;
                }
                v[i] = number.floatValue();
            }
            java.awt.geom.AffineTransform ctm = getGraphicsState().getCurrentTransformationMatrix().createAffineTransform();
            switch (name) {
                case "re" -> {
                    if (v.length == 4) {
                        path.append(ctm.createTransformedShape(new Rectangle2D.Float(v[0], v[1], v[2], v[3])), false);
                    }
                }
                case "m", "l", "c", "v", "y" -> {
                    if (v.length >= 2) {
                        java.awt.geom.Point2D point = ctm.transform(
                                new java.awt.geom.Point2D.Float(v[v.length - 2], v[v.length - 1]), null);
                        if (name.equals("m") || path.getCurrentPoint() == null) {
                            path.moveTo(point.getX(), point.getY());
                        } else {
                            path.lineTo(point.getX(), point.getY());
                        }
                    }
                }
                case "h" -> {
                    if (path.getCurrentPoint() != null) {
                        path.closePath();
                    }
                }
                case "W", "W*" -> clipPending = true;
                default -> {
                    if (!name.equals("n") && path.getCurrentPoint() != null) {
                        boolean stroked = !name.startsWith("f") && !name.equals("F");
                        boolean filled = !name.equals("S") && !name.equals("s");
                        if ((filled && shows(getGraphicsState().getNonStrokingColor()))
                                || (stroked && shows(getGraphicsState().getStrokingColor()))) {
                            Rectangle2D box = path.getBounds2D();
                            Rectangle2D clip = clipBounds();
                            if (clip != null) {
                                box = box.createIntersection(clip);
                            }
                            if (box.getWidth() >= 0 && box.getHeight() >= 0) {
                                marks.add(new Mark(getCurrentPageNo(), box));
                            }
                        }
                    }
                    if (clipPending) {
                        getGraphicsState().intersectClippingPath(new Area(path));
                        PDRectangle page = getCurrentPage().getCropBox();
                        Rectangle2D clip = getGraphicsState().getCurrentClippingPath().getBounds2D();
                        if (!bodies.containsKey(getCurrentPageNo()) && clip.getWidth() >= page.getWidth() / 2
                                && clip.getHeight() >= page.getHeight() / 2) {
                            bodies.put(getCurrentPageNo(), clip);
                        }
                    }
                    clipPending = false;
                    path = new java.awt.geom.GeneralPath();
                }
            }
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            super.processTextPosition(text);
            Matrix m = text.getTextMatrix();
            double size = Math.abs(m.getScalingFactorY());
            double x = m.getTranslateX();
            double y = m.getTranslateY();
            double width = Math.abs(text.getWidth());
            // The box of a glyph from its baseline: descenders to 0.2 em below, capitals to 0.72 em above.
            Rectangle2D box = new Rectangle2D.Double(x, y - 0.2 * size, width, 0.92 * size);
            Rectangle2D clipBounds = clipBounds();
            Glyph glyph = new Glyph(text.getUnicode(), getCurrentPageNo(), box, size, clipBounds, -1);
            byPosition.put(text, glyph);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            // A call may hold several words: split at spaces, each word with its own glyphs where
            // the text and the glyphs correspond one to one.
            boolean aligned = text.length() == positions.size();
            int i = 0;
            while (i < text.length()) {
                while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                int from = i;
                while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                if (i > from) {
                    if (!aligned) {
                        word(text.substring(from, i), positions);
                        continue;
                    }
                    // A styled run drawn after its line (an abbreviation, a link) is glued to the word
                    // before it by the stripper: split where the glyphs go back or jump ahead.
                    int piece = from;
                    for (int k = from + 1; k < i; k++) {
                        TextPosition before = positions.get(k - 1);
                        TextPosition after = positions.get(k);
                        double end = before.getXDirAdj() + before.getWidthDirAdj();
                        if (after.getXDirAdj() < end - 0.5 || after.getXDirAdj() > end + 0.3 * before.getFontSizeInPt()
                                || Math.abs(after.getYDirAdj() - before.getYDirAdj()) > 0.5 * before.getFontSizeInPt()) {
                            word(text.substring(piece, k), positions.subList(piece, k));
                            piece = k;
                        }
                    }
                    word(text.substring(piece, i), positions.subList(piece, i));
                }
            }
        }

        private void word(String text, List<TextPosition> positions) {
            int index = words.size();
            Rectangle2D box = null;
            for (TextPosition position : positions) {
                Glyph glyph = byPosition.remove(position);
                if (glyph == null) {
                    continue;
                }
                glyphs.add(new Glyph(glyph.text(), glyph.page(), glyph.box(), glyph.size(), glyph.clip(), index));
                box = box == null ? (Rectangle2D) glyph.box().clone() : box.createUnion(glyph.box());
            }
            words.add(new Word(text, getCurrentPageNo(), box == null ? new Rectangle2D.Double() : box, line));
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            super.writeLineSeparator();
            line++;
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            super.endPage(page);
            // Glyphs the stripper wrote no word for (spaces, duplicates) are still drawn.
            for (Glyph glyph : byPosition.values()) {
                if (!glyph.text().isBlank()) {
                    glyphs.add(glyph);
                }
            }
            byPosition.clear();
            line++;
        }
    }
}
