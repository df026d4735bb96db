package org.wsoa.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.wsoa.load.PlanFixtures;
import org.wsoa.resolve.ResolvedPlan;

/**
 * The closure report's editions: golden files for BCP's Written Statement of Action (the PDF as its
 * extracted text) and for the tiny plan closed after its revisit, the same bytes every time, and a
 * PDF that is PDF/UA-1 and PDF/A-3a.
 */
class ClosureEditionsTest {

    /** Run with -Dwsoa.updateGolden=true to rewrite the golden files after a deliberate change. */
    private static final boolean UPDATE = Boolean.getBoolean("wsoa.updateGolden");
    private static final Path GOLDEN = Path.of("src/test/resources/closure");

    @TempDir
    Path temp;

    static byte[] render(String format, ResolvedPlan plan) throws RenderException {
        Publication publication = new Publication(Templates.create(null), List.of(Path.of(plan.plan().directory())),
                null);
        return Editions.selectClosure(format).get(0).render(plan, publication);
    }

    private static void assertGolden(String name, String text) throws Exception {
        Path golden = GOLDEN.resolve(name);
        if (UPDATE) {
            Files.writeString(golden, text, StandardCharsets.UTF_8);
        }
        assertThat(text).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @Test
    void bcpsClosureReportMatchesItsGoldenPage() throws Exception {
        assertGolden("bcp-closure.html", new String(render("html", ReportEditionsTest.resolved(ReportEditionsTest.BCP,
                null)), StandardCharsets.UTF_8));
    }

    @Test
    void bcpsClosureReportPdfMatchesItsGoldenText() throws Exception {
        assertGolden("bcp-closure.pdf.txt", ReportEditionsTest.pdfText(render("pdf",
                ReportEditionsTest.resolved(ReportEditionsTest.BCP, null))));
    }

    @Test
    void theTinyPlansClosureAfterItsRevisitMatchesItsGoldenPage() throws Exception {
        Path plan = PlanFixtures.tinyClosed(temp.resolve("tiny"));

        assertGolden("tiny-closure.html", new String(render("html", PlanFixtures.resolved(plan)),
                StandardCharsets.UTF_8));
    }

    @Test
    void eachOutstandingActionIsListedUnderWhereItGoesWithItsNewOwner() throws Exception {
        String html = new String(render("html", ReportEditionsTest.resolved(ReportEditionsTest.BCP, null)),
                StandardCharsets.UTF_8);

        assertThat(html).contains("<li><a href=\"#to-next-plan\">The Accelerated Progress Plan</a>: 5 actions</li>",
                        "<li><a href=\"#to-send-strategy\">The SEND strategy</a>: 5 actions</li>",
                        "<li><a href=\"#to-business-as-usual\">Business as usual</a>: 8 actions</li>",
                        "<li><a href=\"#to-no-longer-needed\">No longer needed</a>: 1 action</li>")
                .contains("<dt>Actions</dt><dd>48 actions: 29 complete and 19 outstanding</dd>")
                // The first KPI the page names outside a possessive is where the glossary expands it.
                .contains("<li>Target met: 1 <abbr title=\"Key performance indicator, a measure of whether things"
                        + " are getting better\">KPI</abbr>", "<li>Improved, target not met: 24 KPIs</li>")
                .contains("Hannah Lowe<span class=\"role\">, Joint Commissioning Project Lead");
        assertThat(html.indexOf("<th scope=\"row\">W7.6</th>")).as("W7.6 goes to the SEND strategy")
                .isBetween(html.indexOf("<h3 id=\"to-send-strategy\">"), html.indexOf("<h3 id=\"to-business-as-usual\">"));
        assertThat(html).contains("Taking over from Simon Hardy");
    }

    @Test
    void anOutstandingRecurringActionSaysHowOftenAndUntilWhenInPlaceOfItsDueDate() throws Exception {
        Path plan = PlanFixtures.copy(PlanFixtures.EVERY_FIELD, temp.resolve("every-field"));
        Files.writeString(plan.resolve("closure.yaml"), """
                date: 2026-08-21
                summary: The plan closed.
                outstanding:
                  I1.1: {destination: business-as-usual, owner: cjones}
                  I1.2: {destination: business-as-usual, owner: dokafor}
                  W1.2: {destination: send-strategy, owner: bpatel}
                """);

        String html = new String(render("html", PlanFixtures.resolved(plan)), StandardCharsets.UTF_8);

        String row = html.substring(html.indexOf("<th scope=\"row\">I1.2</th>"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("<br/><span class=\"when\">Quarterly until June 2026</span></td>").doesNotContain("Due");
        String once = html.substring(html.indexOf("<th scope=\"row\">I1.1</th>"));
        assertThat(once.substring(0, once.indexOf("</tr>"))).contains("<span class=\"when\">Due <time"
                + " datetime=\"2025-09-30\">30 September 2025</time></span>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"html", "pdf"})
    void theSamePlanGivesTheSameBytes(String format) throws Exception {
        Path plan = PlanFixtures.tinyClosed(temp.resolve("tiny"));

        assertThat(render(format, PlanFixtures.resolved(plan))).isEqualTo(render(format, PlanFixtures.resolved(plan)));
    }

    @Test
    void thePdfIsPdfUaAndPdfAWithItsTitleDateAndABookmarkForEverySection() throws Exception {
        byte[] pdf = render("pdf", ReportEditionsTest.resolved(ReportEditionsTest.BCP, null));

        assertThat(PdfCompliance.failures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 failed rules").isEmpty();
        assertThat(PdfCompliance.failures(pdf, PDFAFlavour.PDFA_3_A)).as("PDF/A-3a failed rules").isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Closure report: Bournemouth, Christchurch"
                    + " and Poole Written Statement of Action");
            assertThat(document.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(Instant.parse("2023-07-14T00:00:00Z"));
            StringBuilder outline = new StringBuilder();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                outline.append(item.getTitle()).append(" | ");
            }
            assertThat(outline.toString()).isEqualTo("Cover | Contents | What the plan achieved |"
                    + " Key performance indicators against their targets | Where the outstanding actions go |"
                    + " Actions completed | ");
        }
    }

    @Test
    void anOpenPlanHasNoClosureReport() {
        assertThatThrownBy(() -> render("html", PlanFixtures.resolved(PlanFixtures.TINY)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a closure report needs closure.yaml");
    }
}
