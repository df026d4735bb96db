package org.wsoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tiny plan written in a council's own conventions (short names, an item not yet costed and a
 * funding stream, its own risk matrix): strict-clean, and both editions say what those mean.
 * HtmlRendererTest holds its golden page.
 */
class CouncilConventionsPlanTest {

    private static final String NL = System.lineSeparator();
    private static final Path PLAN = Path.of("src/test/resources/plans/tiny-council-conventions");

    @TempDir
    Path temp;

    @Test
    void validatesWithStrict() {
        CliRun run = CliRun.of("validate", "--strict", PLAN.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(PLAN + ": 0 errors, 0 warnings in 10 files" + NL);
    }

    @Test
    void thePdfSaysWhatTheHtmlSays() throws IOException {
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("build", PLAN.toString(), "-o", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String html = Files.readString(out.resolve("exampleshire-wsoa-2021.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("£230,000 plus 1 item not yet costed");
        try (PDDocument pdf = Loader.loadPDF(out.resolve("exampleshire-wsoa-2021.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Not yet costed").contains("£230,000 plus 1 item not yet costed")
                    .contains("NHS Exampleshire Integrated Care Board (Exampleshire ICB)")
                    .contains("SEND Improvement Board (SIB)").contains("High (12)");
        }
    }
}
