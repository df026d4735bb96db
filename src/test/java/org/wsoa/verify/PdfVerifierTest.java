package org.wsoa.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;

/**
 * Each check of the verify package fires on a hand-made PDF with the defect, and stays quiet on the
 * same page without it: the proof that the parity test over the example plans can fail.
 */
class PdfVerifierTest {

    private static final String PAGE = "<!DOCTYPE html><html lang=\"en-GB\"><head><title>t</title><style>"
            + "@page { size: A4; margin: 20mm; } body { font-family: 'DejaVu Sans'; font-size: 12pt; } %s"
            + "</style></head><body>%s</body></html>";

    /** The PDF of a page with the given styles and body, printed by the PDF renderer wsoa uses. */
    private static byte[] print(String css, String body) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> font(), "DejaVu Sans");
        builder.withHtmlContent(String.format(PAGE, css, body), null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        builder.toStream(out);
        builder.run();
        return out.toByteArray();
    }

    private static InputStream font() {
        return PdfVerifierTest.class.getResourceAsStream("/org/wsoa/fonts/DejaVuSans.ttf");
    }

    private static String html(String body) {
        return String.format(PAGE, "", body);
    }

    private static Verification verify(String body, String css) throws IOException {
        return new PdfVerifier().verify(html(body), print(css, body));
    }

    private static final String TABLE = "<table><caption>Actions</caption><thead><tr><th>Ref</th><th>Action</th><th>Status</th></tr>"
            + "</thead><tbody><tr><td>W1.1</td><td>Contact every family</td><td>On track</td></tr></tbody></table>";

    @Test
    void aTableThatFitsTheSheetHasNoProblem() throws IOException {
        assertThat(verify(TABLE, "").problems()).isEmpty();
    }

    @Test
    void aColumnPushedOffTheSheetIsLostTextOrOutsideThePage() throws IOException {
        // Wider than A4: the Status column lies past the sheet's edge.
        Verification result = verify(TABLE, "table { width: 300mm; table-layout: fixed; } th, td { width: 100mm; }");

        // The renderer leaves the column out altogether, as it did Warwickshire's.
        assertThat(result.problems()).extracting(Problem::toString).containsExactly(
                "page 1: missing-text: table \"Actions\", header row, column \"Status\": \"Status\" is in the HTML but not"
                        + " drawn in the PDF on pages 1-1",
                "page 1: missing-text: table \"Actions\", row \"W1.1\", column \"Status\": \"On track\" is in the HTML but not"
                        + " drawn in the PDF on pages 1-1");
    }

    @Test
    void aWordCutByItsBoxIsClippedAndOnePastTheSheetIsOutside() throws IOException {
        String html = html(PLAN.formatted("<h2>On track</h2>"));

        assertThat(new PdfVerifier().verify(html, handMade(3, "On track", 72, 700, null)).problems()).isEmpty();
        // The box ends in the middle of "track": "On trac" is what a reader sees.
        assertThat(new PdfVerifier().verify(html, handMade(3, "On track", 72, 700, 100f)).problems())
                .extracting(Problem::toString).containsExactly("page 3: clipped: at 36 mm from the left, 46 mm from the top:"
                        + " \"track\" is cut off: the glyph \"r\" lies outside the box it is drawn in");
        assertThat(new PdfVerifier().verify(html, handMade(3, "On track", 560, 700, null)).problems())
                .extracting(Problem::toString).containsExactly("page 3: outside-page: at 206 mm from the left, 46 mm from the top:"
                        + " \"track\" is drawn outside the page's printable area");
    }

    @Test
    void textLeftOutOfThePdfIsMissingWithItsTableCell() throws IOException {
        byte[] pdf = print("", TABLE.replace("On track", ""));

        Verification result = new PdfVerifier().verify(html(TABLE), pdf);

        assertThat(result.of(Problem.Kind.MISSING_TEXT)).extracting(Problem::toString).containsExactly(
                "page 1: missing-text: table \"Actions\", row \"W1.1\", column \"Status\": \"On track\" is in the HTML but not"
                        + " drawn in the PDF on pages 1-1");
    }

    @Test
    void typeUnderTenPointsIsSmall() throws IOException {
        Verification result = verify("<p>Small print</p>", "p { font-size: 6pt; }");

        assertThat(result.of(Problem.Kind.SMALL_TYPE)).extracting(Problem::toString)
                .containsExactly("page 1: small-type: \"Small\": is printed at 6.0 pt, under the smallest size allowed, 10 pt");
    }

    @Test
    void wordsDrawnOverEachOtherOverlap() throws IOException {
        Verification result = verify("<div class=\"a\">Dec 2022</div><div class=\"b\">Mar 2023</div>",
                ".a, .b { position: absolute; top: 30mm; } .a { left: 30mm; } .b { left: 38mm; }");

        assertThat(result.of(Problem.Kind.OVERLAPPING_TEXT)).isNotEmpty();
        assertThat(result.of(Problem.Kind.OVERLAPPING_TEXT).get(0).message()).contains("are drawn over each other");
    }

    /**
     * The page the hand-made PDFs are printed from, as a plan's page is made: a cover, the contents
     * after it and a part, each on a page of its own (so that none is more than half blank by rule).
     */
    private static final String PLAN = "<main><header class=\"cover\"><p>Cover</p></header><nav><h2>Contents</h2></nav>"
            + "<section>%s</section></main>";

    /** Three pages (cover, contents, the heading), written with PDFBox itself; a ligature in the text if asked. */
    private static byte[] headingOnPageThree(int bookmarkPage, String word) throws IOException {
        return handMade(bookmarkPage, "Risks " + word, 72, 700, null);
    }

    /** Page 1 says "Cover", page 2 "Contents", page 3 {@code text} at (x, y), clipped at {@code clipRight} if given; a bookmark "Risks". */
    private static byte[] handMade(int bookmarkPage, String second, float x, float y, Float clipRight) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font;
            try (InputStream in = font()) {
                font = PDType0Font.load(document, in, false);
            }
            for (String text : List.of("Cover", "Contents", second)) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    if (clipRight != null && text.equals(second)) {
                        content.addRect(x - 2, y - 10, clipRight - x + 2, 30);
                        content.clip();
                    }
                    content.beginText();
                    content.setFont(font, 14);
                    content.newLineAtOffset(text.equals(second) ? x : 72, y);
                    content.showText(text);
                    content.endText();
                }
            }
            PDDocumentOutline outline = new PDDocumentOutline();
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle("Risks");
            PDPageFitDestination destination = new PDPageFitDestination();
            destination.setPage(document.getPage(bookmarkPage - 1));
            item.setDestination(destination);
            outline.addLast(item);
            document.getDocumentCatalog().setDocumentOutline(outline);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aBookmarkOnePageEarlyIsReported() throws IOException {
        String html = html(PLAN.formatted("<h2>Risks to the plan</h2>"));

        assertThat(new PdfVerifier().verify(html, headingOnPageThree(3, "to the plan")).problems()).isEmpty();
        assertThat(new PdfVerifier().verify(html, headingOnPageThree(2, "to the plan")).problems()).extracting(Problem::toString)
                .containsExactly("page 2: bookmark-page: the bookmark \"Risks\": opens page 2, but its heading is drawn on page 3");
    }

    @Test
    void aLigatureCodePointIsReportedAndItsWordIsNotFound() throws IOException {
        String html = html(PLAN.formatted("<h2>Risks Offer</h2>"));

        Verification result = new PdfVerifier().verify(html, headingOnPageThree(3, "O\ufb00er"));

        // PDFBox's own extraction gives "Offer", so the words match; pdftotext gives "Oﬀer", which the glyph shows.
        assertThat(result.problems()).extracting(Problem::toString).containsExactly(
                "page 3: ligature: a word is drawn with the ligature \"ﬀ\" (U+FB00), which text extraction gives as"
                        + " that code point: a search for the word finds nothing");
    }

    /**
     * Two parts, each starting a page (as pdf.css starts every part of a plan), the second running
     * onto a third page from a forced break: {@code filler} is drawn under the second part's first
     * line, and each page has a page number in its foot, outside the body.
     */
    private static Verification parts(String filler) throws IOException {
        String body = "<main><section><h2>Introduction</h2><p>Why the plan.</p></section>"
                + "<section><h2>Actions</h2><p>First action.</p>" + filler + "<p class=\"overleaf\">Second action.</p>"
                + "</section></main>";
        String css = "@page { @bottom-center { content: \"Page \" counter(page); } } section + section, .overleaf"
                + " { page-break-before: always; } .box { height: 150mm; }";
        return new PdfVerifier().verify(html(body), print(css, body));
    }

    @Test
    void aPageMoreThanHalfBlankWhereNoPartStartsNextIsReported() throws IOException {
        // Page 1 ends a part (Introduction, a few lines): the next page starts one. Page 2 holds two
        // lines and page 3 does not start a part; page 3 is the last.
        assertThat(parts("").problems()).extracting(Problem::toString)
                .containsExactly("page 2: half-blank-page: 10 % used, and page 3 does not start a new part");
    }

    @Test
    void aGraphicCountsAsUsedButWhiteOnWhiteDoesNot() throws IOException {
        // A coloured box 150 mm high (a chart, a diagram) fills the page; a white one is not seen.
        assertThat(parts("<div class=\"box\" style=\"background: #1d5fa0\"></div>").problems()).isEmpty();
        assertThat(parts("<div class=\"box\" style=\"background: #ffffff\"></div>").problems())
                .extracting(Problem::toString)
                .containsExactly("page 2: half-blank-page: 10 % used, and page 3 does not start a new part");
    }

    @Test
    void thePartsThatStartAPageAreTheSectionsOfMainAndWhatFollowsTheCover() throws IOException {
        String page = html("<main><header class=\"cover\"><h1>Plan</h1></header><nav><h2>Contents</h2></nav>"
                + "<section><h2><span>W1</span> Timeliness</h2><section><h3>Actions</h3></section></section></main>");

        assertThat(PageFill.parts(page)).containsExactly("Contents", "W1 Timeliness");
    }
}
