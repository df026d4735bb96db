package org.wsoa.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.pdfboxout.PdfBoxRawPDFontMetrics;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.wsoa.load.PlanFixtures;

class FontFacesTest {

    private static final Instant DATE = Instant.parse("2021-12-24T00:00:00Z");

    /** The metrics given to the renderer are the ones it works out itself from the fallback's stream of the same file. */
    @ParameterizedTest
    @EnumSource(FontFaces.Face.class)
    void eachFacesMetricsAreThoseTheRendererWorksOutFromTheFile(FontFaces.Face face) throws Exception {
        PdfBoxRawPDFontMetrics given = (PdfBoxRawPDFontMetrics) FontFaces.metrics()
                .get("font-metrics:" + FontFaces.metricsName(face));
        PdfBoxRawPDFontMetrics own;
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, new ByteArrayInputStream(FontFaces.bytes(face)), true);
            own = PdfBoxRawPDFontMetrics.fromPdfBox(font, font.getFontDescriptor());
        }

        assertThat(given).usingRecursiveComparison().isEqualTo(own);
        assertThat(given._ascent).isGreaterThan(0);
    }

    @Test
    void theStoreAnswersForTheFacesWhateverPrefixTheRendererUsesAndKeepsOtherFonts() throws Exception {
        FontFaces.MetricsStore store = FontFaces.metrics();
        PdfBoxRawPDFontMetrics bold = (PdfBoxRawPDFontMetrics) store.get("font-metrics:DejaVu Sans:700:normal");
        PdfBoxRawPDFontMetrics other = new PdfBoxRawPDFontMetrics(1, 2, 3, 4, 5, 6);

        assertThat(store.get("font-metrics2:DejaVu Sans:700:normal")).isSameAs(bold);
        assertThat(store.get("font-metrics:DejaVu Sans:700:italic")).isNotNull().isNotSameAs(bold);
        assertThat(store.get("font-metrics:My DejaVu Sans:700:normal")).isNull();
        store.put("font-metrics:Council Sans:400:normal", other);
        assertThat(store.get("font-metrics:Council Sans:400:normal")).isSameAs(other);
    }

    /**
     * A whole plan's PDF: the renderer takes every face's metrics from the store and never loads a
     * face to work them out (which it did as a fallback for each of the four faces, a second parse
     * of each font file for each PDF).
     */
    @Test
    void aPlansPdfLoadsNoFaceForItsMetrics() throws Exception {
        FontFaces.MetricsStore store = FontFaces.metrics();
        int before = store.facesLoadedByRenderer();
        int answered = store.facesAnswered();
        var plan = PlanFixtures.resolved(PlanFixtures.EVERY_FIELD);
        byte[] pdf = new PdfRenderer(new HtmlRenderer(Templates.create(null)), List.of(Path.of(plan.plan().directory())))
                .render(plan, DATE);

        assertThat(pdf).isNotEmpty();
        assertThat(store.facesLoadedByRenderer()).isEqualTo(before);
        // Asked for each face twice: for the document's text and for the fallback of the same file.
        assertThat(store.facesAnswered() - answered).isEqualTo(8);
    }

    /** A thread parses each face once, whatever the number of PDFs it makes; another thread has its own. */
    @Test
    void eachThreadParsesAFaceOnceAndHasItsOwn() throws Exception {
        TrueTypeFont here = FontFaces.parsed(FontFaces.Face.BOLD);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<TrueTypeFont> there = other.submit(() -> FontFaces.parsed(FontFaces.Face.BOLD));

            assertThat(FontFaces.parsed(FontFaces.Face.BOLD)).isSameAs(here);
            assertThat(there.get()).isNotSameAs(here);
            assertThat(other.submit(() -> FontFaces.parsed(FontFaces.Face.BOLD)).get()).isSameAs(there.get());
        } finally {
            other.shutdownNow();
        }
    }

    /**
     * A PDF made on faces that earlier PDFs used is the same bytes as one made on faces just parsed
     * (on a thread of its own).
     */
    @Test
    void aPdfOnFacesUsedBeforeIsTheSameBytesAsOnNewOnes() throws Exception {
        var plan = PlanFixtures.resolved(PlanFixtures.EVERY_FIELD);
        PdfRenderer renderer = new PdfRenderer(new HtmlRenderer(Templates.create(null)), List.of(Path.of(plan.plan().directory())));
        ExecutorService fresh = Executors.newSingleThreadExecutor();
        byte[] onNewFaces;
        try {
            onNewFaces = fresh.submit(() -> renderer.render(plan, DATE)).get();
        } finally {
            fresh.shutdownNow();
        }
        renderer.render(plan, DATE);

        assertThat(renderer.render(plan, DATE)).isEqualTo(onNewFaces);
    }

    /**
     * A face parsed in one locale is not reused in another: FontBox reads and writes the face's
     * dates with calendars of the locale current at each time, so a face parsed under a calendar of
     * other eras and written under en-GB gave a PDF of other bytes (caught by the hostile corpus).
     */
    @Test
    void aPdfAfterABuildInAnotherCalendarIsTheSameBytes() throws Exception {
        var plan = PlanFixtures.resolved(PlanFixtures.TINY);
        PdfRenderer renderer = new PdfRenderer(new HtmlRenderer(Templates.create(null)), List.of(Path.of(plan.plan().directory())));
        ExecutorService thread = Executors.newSingleThreadExecutor();
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            byte[] underJapanese = thread.submit(() -> {
                java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ja-JP-u-ca-japanese"));
                try {
                    return renderer.render(plan, DATE);
                } finally {
                    java.util.Locale.setDefault(java.util.Locale.UK);
                }
            }).get();
            byte[] thenUnderEnglish = thread.submit(() -> renderer.render(plan, DATE)).get();

            assertThat(thenUnderEnglish).isEqualTo(underJapanese);
        } finally {
            java.util.Locale.setDefault(before);
            thread.shutdownNow();
        }
    }

    /** A parsed face keeps one character map, the Unicode one its readers use, which maps every character as the file's does. */
    @ParameterizedTest
    @EnumSource(FontFaces.Face.class)
    void eachFaceKeepsOnlyTheUnicodeMapAndItMapsAsTheFilesDoes(FontFaces.Face face) throws Exception {
        TrueTypeFont kept = FontFaces.parsed(face);
        TrueTypeFont whole = new org.apache.fontbox.ttf.TTFParser()
                .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(FontFaces.bytes(face)));
        whole.setEnableGsub(false);

        assertThat(whole.getCmap().getCmaps()).hasSize(5);
        assertThat(kept.getCmap().getCmaps()).hasSize(1);
        int mapped = 0;
        for (int c = 0; c <= 0x2FFFF; c++) {
            int glyph = whole.getUnicodeCmapLookup().getGlyphId(c);
            assertThat(kept.getUnicodeCmapLookup().getGlyphId(c)).as("U+%04X", c).isEqualTo(glyph);
            mapped += glyph == 0 ? 0 : 1;
        }
        assertThat(mapped).isGreaterThan(5000);
    }
}
