package org.wsoa.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wsoa.load.PlanFixtures;
import org.wsoa.render.HtmlRenderer;
import org.wsoa.render.PdfRenderer;
import org.wsoa.render.Templates;
import org.wsoa.resolve.ResolvedPlan;

/**
 * The PDF says what the HTML says, where a reader can see it: for every example plan and a
 * generated plan with long words, long cells and many actions, the project's own renderers make
 * the HTML and the PDF, and the verify package finds no word lost, no glyph outside its page or
 * cut by its box, no ligature code point, no words drawn over each other, no text under 10 pt, and
 * no bookmark or contents link opening the wrong page. (Chart labels are drawn as shapes, not
 * text: their size is not seen here.) (PdfVerifierTest shows each check firing.)
 */
class PdfParityTest {

    private static final Instant DATE = Instant.parse("2021-12-24T00:00:00Z");

    @TempDir
    static Path temp;

    static Stream<Path> plans() throws IOException {
        return Stream.concat(Files.list(Path.of("plans")).sorted(), Stream.of(generated()));
    }

    @ParameterizedTest
    @MethodSource("plans")
    void thePdfSaysWhatTheHtmlSaysWhereAReaderCanSeeIt(Path dir) throws Exception {
        ResolvedPlan plan = PlanFixtures.resolved(dir);
        HtmlRenderer html = new HtmlRenderer(Templates.create(null));
        byte[] pdf = new PdfRenderer(html, List.of(Path.of(plan.plan().directory()))).render(plan, DATE);

        // The page the PDF is printed from: the HTML edition's words, laid out for print (actions as blocks).
        String page = html.render(plan, true);
        // Kept under target/parity for a reviewer who wants to see what a finding points at.
        Path kept = Files.createDirectories(Path.of("target/parity"));
        String name = dir.getFileName().toString().startsWith("wsoa-parity-") ? "generated" : dir.getFileName().toString();
        Files.write(kept.resolve(name + ".pdf"), pdf);
        Files.writeString(kept.resolve(name + ".html"), page);
        Verification result = new PdfVerifier().verify(page, pdf);

        assertThat(result.problems()).as(result.summary(40)).isEmpty();
    }

    /**
     * The tiny plan with a weakness whose actions have long words, long cells, several partners,
     * and a long reference chain: what the example plans do not test.
     */
    static Path generated() throws IOException {
        Path dir = Files.createTempDirectory("wsoa-parity-");
        Path tiny = PlanFixtures.TINY;
        try (Stream<Path> files = Files.walk(tiny)) {
            for (Path file : files.toList()) {
                Path target = dir.resolve(tiny.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        StringBuilder yaml = new StringBuilder(Files.readString(tiny.resolve("weaknesses/w1.yaml")));
        String longCell = "Neurodevelopmental multidisciplinary reassessment of interdisciplinary"
                + " psychoeducational recommendations, counterbalancing disproportionately long"
                + " waits with telecommunications-supported consultations and characteristically"
                + " uncompromising accountability. ";
        for (int i = 3; i <= 14; i++) {
            yaml.append("  - id: W1.").append(i).append('\n')
                    .append("    action: ").append(longCell.repeat(1 + i % 3).strip()).append('\n')
                    .append("    lead: amorgan\n")
                    .append("    partners: [ecc, icb, pcf]\n")
                    .append("    start: 2022-03-01\n")
                    .append("    due: 2022-").append(String.format("%02d", 3 + i % 9)).append("-28\n")
                    .append("    depends-on: [W1.").append(i - 1).append("]\n")
                    .append("    impact: Supercalifragilisticexpialidocious improvement of ")
                    .append("antidisestablishmentarianism-level co-production (K1), measured monthly.\n");
        }
        Files.writeString(dir.resolve("weaknesses/w1.yaml"), yaml.toString());
        return dir;
    }
}
