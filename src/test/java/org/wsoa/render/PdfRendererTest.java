package org.wsoa.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.wsoa.load.PlanFixtures;
import org.wsoa.load.PlanLoader;
import org.wsoa.resolve.ResolvedPlan;

class PdfRendererTest {

    private static final Instant DATE = Instant.parse("2021-12-24T00:00:00Z");

    @TempDir
    Path temp;

    /** The example plans, and the fixture that uses every field. */
    static Stream<Path> examplePlans() throws IOException {
        return Stream.concat(Files.list(Path.of("plans")).sorted(), Stream.of(PlanFixtures.EVERY_FIELD));
    }

    private static ResolvedPlan load(Path dir) {
        return PlanFixtures.resolved(dir);
    }

    private static byte[] pdf(ResolvedPlan plan, Path templates) throws RenderException {
        HtmlRenderer html = new HtmlRenderer(Templates.create(templates));
        List<Path> allowed = templates == null ? List.of(Path.of(plan.plan().directory()))
                : List.of(Path.of(plan.plan().directory()), templates);
        return new PdfRenderer(html, allowed).render(plan, DATE);
    }

    @ParameterizedTest
    @MethodSource("examplePlans")
    void everyExamplePlanIsPdfUaAndPdfA(Path plan) throws Exception {
        byte[] pdf = pdf(load(plan), null);

        assertThat(PdfCompliance.failures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 failed rules").isEmpty();
        assertThat(PdfCompliance.failures(pdf, PDFAFlavour.PDFA_3_A)).as("PDF/A-3a failed rules").isEmpty();
    }

    /** The progress reports: the tiny plan's, BCP's whole report and Warwickshire's exception report. */
    static Stream<org.junit.jupiter.params.provider.Arguments> progressReports() {
        return Stream.of(org.junit.jupiter.params.provider.Arguments.of(PlanFixtures.TINY, false),
                org.junit.jupiter.params.provider.Arguments.of(ReportEditionsTest.BCP, false),
                org.junit.jupiter.params.provider.Arguments.of(ReportEditionsTest.WARWICKSHIRE, true));
    }

    @ParameterizedTest(name = "{0}, exceptions {1}")
    @MethodSource("progressReports")
    void everyProgressReportIsPdfUaAndPdfA(Path plan, boolean exceptions) throws Exception {
        byte[] pdf = ReportEditionsTest.render("pdf", load(plan),
                new ReportOptions(java.time.Period.ofWeeks(6), exceptions));

        assertThat(PdfCompliance.failures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 failed rules").isEmpty();
        assertThat(PdfCompliance.failures(pdf, PDFAFlavour.PDFA_3_A)).as("PDF/A-3a failed rules").isEmpty();
    }

    @Test
    void theProgressReportHasItsTitleDateAndABookmarkForEverySection() throws Exception {
        byte[] pdf = ReportEditionsTest.render("pdf", load(ReportEditionsTest.BCP), ReportOptions.DEFAULT);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Progress report as at 30 September 2022: Bournemouth, Christchurch and Poole Written"
                            + " Statement of Action");
            assertThat(document.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(Instant.parse("2022-09-30T00:00:00Z"));
            StringBuilder outline = new StringBuilder();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                outline.append(item.getTitle()).append(" | ");
            }
            assertThat(outline.toString()).isEqualTo("Cover | Contents | Summary by area | At risk or off track |"
                    + " Overdue actions | Due in the next 6 weeks | No update in the latest report |"
                    + " Key performance indicators | What has changed | Evidence | ");
        }
    }

    @Test
    void theSamePlanGivesTheSameBytes() throws Exception {
        assertThat(pdf(load(PlanFixtures.TINY), null)).isEqualTo(pdf(load(PlanFixtures.TINY), null));
    }

    @Test
    void hasTheTitleLanguageDatesAndABookmarkForEverySection() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf(load(Path.of("plans/medway-app-2020")), null))) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Medway Accelerated Progress Plan");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(document.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(DATE);
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            StringBuilder outline = new StringBuilder();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                outline.append(item.getTitle()).append(" | ");
                for (PDOutlineItem child : item.children()) {
                    outline.append("  ").append(child.getTitle()).append(" | ");
                }
            }
            assertThat(outline.toString()).contains("Cover | Contents | Introduction | The inspection and revisit |")
                    .contains("Areas of weakness |   W1: Joint strategic leadership |   W2: A SEND strategy that everyone"
                            + " knows and shares |   W7: The quality of EHC plans |")
                    .endsWith("Timeline of actions | Risks | Glossary | Sign-off | ");
        }
    }

    @Test
    void opensNoConnectionForAnImageOrFontOnTheWeb() throws Exception {
        // A server on this machine stands for the web: the renderer must never connect to it.
        try (java.net.ServerSocket server = new java.net.ServerSocket(0, 10, java.net.InetAddress.getLoopbackAddress())) {
            java.util.concurrent.atomic.AtomicInteger connections = new java.util.concurrent.atomic.AtomicInteger();
            Thread listener = new Thread(() -> {
                try {
                    while (true) {
                        server.accept().close();
                        connections.incrementAndGet();
                    }
                } catch (IOException closed) {
                    // The server was closed at the end of the test.
                }
            });
            listener.start();
            String address = "http://127.0.0.1:" + server.getLocalPort();
            Path templates = Files.createDirectories(temp.resolve("templates"));
            Files.writeString(templates.resolve("signoff.ftlh"), "<section id=\"sign-off\"><h2>Sign-off</h2>"
                    + "<img src=\"" + address + "/logo.png\" alt=\"Logo\"/>"
                    + "<style>@font-face { font-family: Web; src: url(" + address + "/font.ttf); }"
                    + " p { font-family: Web; }</style><p>Signed</p></section>\n");

            byte[] pdf = pdf(load(PlanFixtures.TINY), templates);

            assertThat(pdf).isNotEmpty();
            assertThat(connections.get()).isZero();
        }
    }

    @Test
    void aTemplateErrorIsARenderException() throws Exception {
        Path templates = Files.createDirectories(temp.resolve("templates"));
        Files.writeString(templates.resolve("pdf.css"), "@page { size: A4; }\n");
        Files.writeString(templates.resolve("bookmarks.ftlh"), "<bookmarks>${plan.nothing}</bookmarks>\n");

        assertThatThrownBy(() -> pdf(load(PlanFixtures.TINY), templates))
                .isInstanceOf(RenderException.class)
                .hasMessageStartingWith(templates.resolve("bookmarks.ftlh") + ":1:14: the template failed: ");
    }
}
