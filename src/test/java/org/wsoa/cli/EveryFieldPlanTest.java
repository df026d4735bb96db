package org.wsoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsoa.load.PlanFixtures;

/**
 * The fixture plan that uses every optional field of the format: it validates with --strict, and
 * builds both editions with what those fields say on the page (PlanSchemaShapeTest checks that it
 * uses every key the schemas offer; PdfRendererTest and the accessibility test check its editions).
 */
class EveryFieldPlanTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path temp;

    @Test
    void validatesWithStrictWithOnlyTheFindingItAccepts() {
        Path plan = PlanFixtures.EVERY_FIELD;

        CliRun run = CliRun.of("validate", "--strict", plan.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(plan.resolve("weaknesses/w1.yaml") + ":72:10: accepted[working-day]: action W1.3"
                + " is due on Saturday 28 June 2025, a Saturday" + NL
                + "    reason: The family fun day is on a Saturday, when families can come." + NL
                + plan + ": 0 errors, 0 warnings, 1 accepted in 11 files" + NL);
    }

    @Test
    void buildsBothEditionsUnderItsOutputNameWithItsTitleAsWritten() throws IOException {
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("build", PlanFixtures.EVERY_FIELD.toString(), "-o", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("Wrote " + out.resolve("exampleshire-pap-2024.html") + NL
                + "Wrote " + out.resolve("exampleshire-pap-2024.pdf") + NL);
        String html = Files.readString(out.resolve("exampleshire-pap-2024.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("<title>Exampleshire SEND Partnership Priority Action Plan</title>")
                .contains("<h1>Exampleshire SEND Partnership Priority Action Plan</h1>")
                .contains("and with the <span translate=\"no\">SENDIASS</span> team.")
                .contains("The DfE's adviser reviews progress with us each quarter.")
                .contains("Friday 14 February 2025, the date agreed for this plan by Ofsted on 20 November 2024.")
                .contains("Exampleshire SENDIASS")
                .contains("Monday 11 May 2026")
                .contains("<tr><td>Outreach from special schools</td><td>High Needs Block</td>"
                        + "<td class=\"money\" colspan=\"3\">Not yet costed</td></tr>")
                .contains("<td class=\"money\">£225,000.50 plus 1 item not yet costed</td></tr></tfoot>")
                .doesNotContain("£0<")
                .contains("<li>NHS Exampleshire Integrated Care Board (Exampleshire ICB)</li>")
                .contains("<h3 id=\"board-sib\">SEND Improvement Board (SIB)</h3>")
                .contains("<td>SIB</td>")
                .contains("<dt>Exampleshire ICB</dt><dd>NHS Exampleshire Integrated Care Board</dd>")
                .contains("<dt>SIB</dt><dd>SEND Improvement Board</dd>");
        try (PDDocument pdf = Loader.loadPDF(out.resolve("exampleshire-pap-2024.pdf").toFile())) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Exampleshire SEND Partnership Priority Action Plan");
            assertThat(pdf.getNumberOfPages()).isGreaterThan(10);
        }
    }
}
