package org.wsoa.verify;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Checks a PDF edition against the HTML edition it was printed from: the same words in the same
 * order ({@link Parity}), every glyph where a reader can see it ({@link PageBounds}), every
 * bookmark and link opening the right page ({@link Bookmarks}), and no page more than half blank
 * where no new part starts ({@link PageFill}).
 */
public final class PdfVerifier {

    /** The smallest type size, in points, that a published PDF may print (GOV.UK asks for 12 pt body text). */
    public static final double SMALLEST_TYPE = 10;

    private final double smallest;

    /** @param smallest the smallest type size allowed, in points; 0 to leave sizes unchecked */
    public PdfVerifier(double smallest) {
        this.smallest = smallest;
    }

    public PdfVerifier() {
        this(SMALLEST_TYPE);
    }

    /**
     * @param html the HTML edition (its visible text is what the PDF must say)
     * @param pdf  the PDF edition's bytes
     */
    public Verification verify(String html, byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PdfText text = PdfText.of(document);
            List<Problem> problems = new ArrayList<>(Parity.compare(HtmlText.words(html), text.words()));
            problems.addAll(Parity.ligatures(text));
            problems.addAll(PageBounds.check(text, smallest));
            problems.addAll(Bookmarks.check(document, text));
            problems.addAll(PageFill.check(text, PageFill.parts(html)));
            return new Verification(problems);
        }
    }
}
