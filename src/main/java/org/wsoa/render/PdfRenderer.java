package org.wsoa.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.wsoa.resolve.ResolvedPlan;

/**
 * Renders the plan as a tagged PDF (PDF/UA-1, with PDF/A-3a) from the same templates as the HTML,
 * with the paged-media styles of {@code pdf.css}: an embedded open font, the title in the
 * window's title bar, bookmarks, and the same bytes for the same plan. It opens no network
 * connection: resources may come only from the plan and template directories.
 */
public final class PdfRenderer {

    /** Held so that the level set on it is not lost when the logger is collected. */
    private static final java.util.logging.Logger PDFBOX_LOG = java.util.logging.Logger.getLogger("org.apache.pdfbox");

    private final HtmlRenderer html;
    private final List<Path> allowed;

    /**
     * @param allowed the directories resources (images, fonts) may be read from: the plan's and
     *                the council's templates
     */
    public PdfRenderer(HtmlRenderer html, List<Path> allowed) {
        this.html = html;
        this.allowed = allowed.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    /** A renderer for pages made elsewhere from the templates (the progress report's), by {@link #print}. */
    PdfRenderer(List<Path> allowed) {
        this(null, allowed);
    }

    /**
     * The plan's PDF.
     *
     * @param timestamp the creation and modification date written in the PDF: derived from the
     *                  plan or SOURCE_DATE_EPOCH, never the clock, so that builds are reproducible
     */
    public byte[] render(ResolvedPlan plan, Instant timestamp) throws RenderException {
        return print(html.render(plan, true), Path.of(plan.plan().directory()), timestamp);
    }

    /**
     * A page made from the templates for the PDF ({@code pdf} true), as a tagged PDF.
     *
     * @param planDirectory the plan's directory, against which the page's relative addresses resolve
     */
    byte[] print(String html, Path planDirectory, Instant timestamp) throws RenderException {
        String page = WholeReferences.keep(FigureAlternatives.add(html));
        html = null;
        // The document ID is a hash of the page, so that the same plan gives the same file.
        long documentId = documentId(page, timestamp);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PDDocument document = new PDDocument();
        try {
            // The charts' text as outlines of the embedded font (SvgText), and what text is left
            // (a council's own SVG) without the marks the SVG renderer cannot draw.
            Handover handover = new Handover(withArabicMarksBatikCanDraw(SvgText.outlined(page)));
            page = null;
            // Laid out and drawn by a renderer that is gone before the document is saved: the page's
            // parsed HTML, styles and boxes (a third of the memory a long plan's PDF needs) are
            // garbage while PDFBox subsets the fonts and writes the file. The page's text itself
            // is let go once the renderer has parsed it.
            try (PdfBoxRenderer renderer = renderer(handover, planDirectory, document)) {
                // Closing the renderer leaves the document open (it was given to the renderer).
                renderer.createPDFWithoutClosing();
            }
            fixDates(document, timestamp);
            XmpDates.set(document, timestamp);
            LinkDescriptions.add(document);
            document.setDocumentId(documentId);
            // A classic cross-reference table: PDFBox's compressed save writes a cross-reference stream
            // without an entry for itself, and `qpdf --check` then warns that the trailer's object
            // count is wrong.
            PdfSave.save(document, out);
        } catch (IOException | RuntimeException e) {
            throw new RenderException("could not make the PDF: " + reason(e));
        } catch (OutOfMemoryError e) {
            // A very long document (a report on a thousand actions) can need more than the launcher's
            // heap; what was built is garbage now, so there is room to say what to do.
            throw new RenderException("the PDF needs more memory than Java was given; run again with"
                    + " WSOA_JAVA_OPTS=-Xmx1g (docs/performance.md says how much a long report needs)");
        } finally {
            closeQuietly(document);
        }
        return out.toByteArray();
    }

    /** The page's text, held until the renderer takes it. */
    private static final class Handover {
        private String page;

        Handover(String page) {
            this.page = page;
        }

        String take() {
            String taken = page;
            page = null;
            return taken;
        }
    }

    /**
     * A renderer of the page into the document, with the embedded font and no network, which has
     * parsed the page (neither the page's text nor the builder is held once this returns).
     */
    private PdfBoxRenderer renderer(Handover handover, Path planDirectory, PDDocument target) {
        String page = handover.take();
        // The renderer reports unsupported CSS and the like through java.util.logging; wsoa's
        // users see only wsoa's own messages.
        XRLog.setLoggingEnabled(false);
        PDFBOX_LOG.setLevel(java.util.logging.Level.OFF);
        EmbeddedFonts.install(SvgText.hasText(page));
        Path base = planDirectory.toAbsolutePath().normalize();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
        builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        // No scripts and no external resources in SVG.
        builder.useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
                BatikSVGDrawer.SvgExternalResourceMode.SECURE));
        builder.usePDDocument(target);
        // The faces' metrics up front: without them the renderer parses the font again, as a
        // fallback, to read metrics that are the same.
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, FontFaces.metrics());
        for (FontFaces.Face face : FontFaces.all()) {
            font(builder, target, face);
        }
        builder.useExternalResourceAccessControl((uri, type) -> isAllowed(uri), ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> isAllowed(uri), ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.withProducer("wsoa");
        builder.withHtmlContent(page, base.toUri().toString());
        return builder.buildPdfRenderer();
    }

    /**
     * One face of the embedded font under the name the styles use: for the document's text, the face
     * with its glyph substitutions (GSUB) off, so that PDFBox draws "ff", "fi" and "ffi" as their
     * letters rather than as ligature glyphs, which text extraction gives as U+FB00 to U+FB04 (a
     * search for "Offer" would not find it), loaded into the document only if the page uses the
     * face; for fallback, the same file as a stream. (openhtmltopdf gives the SVG renderer only
     * fonts that are files, so a stream marked for SVG was never used: the charts' text is drawn
     * by {@link SvgText}.)
     */
    private static void font(PdfRendererBuilder builder, PDDocument document, FontFaces.Face face) {
        builder.useFont(new FaceSupplier(document, face), FontFaces.FAMILY, face.weight, face.style, true);
        builder.useFont(() -> fallbackStream(face), FontFaces.FAMILY, face.weight, face.style, true,
                EnumSet.of(BaseRendererBuilder.FSFontUseCase.FALLBACK_FINAL));
    }

    /** The face's file, read only if the renderer falls back to it (for a family the styles do not give it). */
    private static java.io.InputStream fallbackStream(FontFaces.Face face) {
        try {
            return new java.io.ByteArrayInputStream(FontFaces.bytes(face));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the font in the wsoa jar: " + e.getMessage(), e);
        }
    }

    /** A face loaded into the document when the renderer first asks for it (the renderer asks once). */
    private static final class FaceSupplier extends PDFontSupplier {
        private final PDDocument document;
        private final FontFaces.Face face;
        private PDFont font;

        FaceSupplier(PDDocument document, FontFaces.Face face) {
            super(null);
            this.document = document;
            this.face = face;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    font = PDType0Font.load(document, FontFaces.parsed(face), true);
                } catch (IOException e) {
                    throw new UncheckedIOException("could not read the font in the wsoa jar: " + e.getMessage(), e);
                }
            }
            return font;
        }
    }

    private static void closeQuietly(PDDocument document) {
        try {
            document.close();
        } catch (IOException e) {
            // Nothing was written from it, or what was is already saved.
        }
    }

    /**
     * The page with, inside its SVG charts only, each Arabic mark that follows another mark left
     * out: Batik, which draws the charts, fails with an index out of bounds on an Arabic letter
     * with two marks (such as U+0625 U+064D U+064F) in a chart's text. The HTML edition, and the
     * PDF's text outside the charts, keep every mark.
     */
    static String withArabicMarksBatikCanDraw(String page) {
        int svg = page.indexOf("<svg");
        if (svg < 0) {
            return page;
        }
        StringBuilder out = null;
        boolean inSvg = false;
        boolean afterMark = false;
        for (int i = 0; i < page.length(); i++) {
            if (page.startsWith("<svg", i)) {
                inSvg = true;
            } else if (page.startsWith("</svg>", i)) {
                inSvg = false;
            }
            char c = page.charAt(i);
            boolean mark = Character.getType(c) == Character.NON_SPACING_MARK
                    && Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC;
            boolean drop = inSvg && mark && afterMark;
            afterMark = mark;
            if (drop && out == null) {
                out = new StringBuilder(page.length()).append(page, 0, i);
            }
            if (out != null && !drop) {
                out.append(c);
            }
        }
        return out == null ? page : out.toString();
    }

    /**
     * Why the PDF could not be made, in words: a page that is not well-formed XHTML (a council's
     * template can make one) is named by its line and column, without the parser's class names.
     */
    static String reason(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.xml.sax.SAXParseException parse) {
                return "the page the templates made is not well-formed XHTML (line " + parse.getLineNumber() + ", column "
                        + parse.getColumnNumber() + " of the page): " + parse.getMessage();
            }
        }
        String message = e.getMessage();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof javax.xml.transform.TransformerException transform && transform.getException() instanceof org.xml.sax.SAXParseException parse) {
                return reason(parse);
            }
        }
        return message == null ? e.getClass().getSimpleName() : message.replaceAll("\\b(?:[a-z]+\\.)+[A-Z]\\w*(?:Exception|Error):? ?", "");
    }

    /**
     * A resource (an image, a style sheet) may be read only if it is a regular file whose real
     * path, links resolved, lies in one of the allowed directories: a link inside the plan or the
     * templates that leads out, a named pipe or a device is refused, never opened.
     */
    private boolean isAllowed(String uri) {
        try {
            URI parsed = URI.create(uri);
            if (!"file".equals(parsed.getScheme())) {
                return false;
            }
            Path path = Path.of(parsed).toAbsolutePath().normalize();
            if (allowed.stream().noneMatch(path::startsWith)) {
                return false;
            }
            Path real = path.toRealPath();
            return Files.isRegularFile(real) && allowed.stream().anyMatch(dir -> real.startsWith(realPath(dir)));
        } catch (IllegalArgumentException | java.io.IOException e) {
            return false;
        }
    }

    private static Path realPath(Path dir) {
        try {
            return dir.toRealPath();
        } catch (java.io.IOException e) {
            return dir;
        }
    }

    private static void fixDates(PDDocument document, Instant timestamp) {
        // The document information; XmpDates sets the same date in the XMP metadata. Gregorian
        // whatever the default locale: Calendar.getInstance would give a Buddhist year under th_TH
        // and a Japanese era under ja_JP_JP.
        GregorianCalendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        date.setGregorianChange(new Date(Long.MIN_VALUE));
        date.setTimeInMillis(timestamp.toEpochMilli());
        PDDocumentInformation info = document.getDocumentInformation();
        info.setCreationDate(date);
        info.setModificationDate(date);
    }

    private static long documentId(String page, Instant timestamp) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(page.getBytes(StandardCharsets.UTF_8));
            sha.update(Long.toString(timestamp.getEpochSecond()).getBytes(StandardCharsets.UTF_8));
            byte[] hash = sha.digest();
            long id = 0;
            for (int i = 0; i < 8; i++) {
                id = id << 8 | (hash[i] & 0xff);
            }
            return id;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
