package org.wsoa.verify;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.load.PlanFixtures;
import org.wsoa.render.HtmlRenderer;
import org.wsoa.render.PdfRenderer;
import org.wsoa.render.Templates;
import org.wsoa.resolve.ResolvedPlan;

/**
 * Files that fail the checks of {@code wsoa build --verify}, and what the checks report on them, as
 * the text report prints it: where docs/rules.md's examples of those checks come from.
 */
public final class VerifyExamples {

    private VerifyExamples() {
    }

    /** A PDF as a tool that knows nothing of tagging writes it: one blank page, untagged, no metadata. */
    public static byte[] untaggedPdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.getDocument().setVersion(1.7f);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** The tiny plan's page with a council's cover: a crest without alt text, and a heading a level too deep. */
    public static byte[] pageWithCouncilCover() throws IOException {
        String page = Files.readString(Path.of("src/test/resources/render/tiny.html"));
        String h1 = "<h1>Written Statement of Action</h1>\n";
        if (!page.contains(h1)) {
            throw new IllegalStateException("the tiny plan's golden page has no " + h1);
        }
        return page.replace(h1, h1 + "<img src=\"crest.png\" width=\"60\" height=\"60\"/>\n<h3>Our promise to families</h3>\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The tiny plan's PDF and the page it is printed from, with a council's pdf.css that hides the
     * cover's opening paragraph in print: the PDF no longer says what its page says.
     */
    public static List<Diagnostic> parityWithCouncilPrintStyle() throws Exception {
        Path templates = Files.createTempDirectory("wsoa-verify-example-");
        try {
            Files.writeString(templates.resolve("pdf.css"), Files.readString(Path.of("templates/pdf.css"))
                    + "\n.lede { display: none; }\n");
            ResolvedPlan plan = PlanFixtures.resolved(PlanFixtures.TINY);
            HtmlRenderer html = new HtmlRenderer(Templates.create(templates));
            byte[] pdf = new PdfRenderer(html, List.of(PlanFixtures.TINY, templates))
                    .render(plan, Instant.parse("2021-12-24T00:00:00Z"));
            return PublishedFiles.check(Map.of("out/exampleshire-wsoa-2021.pdf", pdf), html.render(plan, true)).stream()
                    .filter(d -> d.ruleId().equals(VerifyCheck.PARITY.id())).toList();
        } finally {
            Files.deleteIfExists(templates.resolve("pdf.css"));
            Files.deleteIfExists(templates);
        }
    }

    /** Every finding on those files, one per line with its hint indented under it. */
    public static String findings() throws Exception {
        List<Diagnostic> all = new ArrayList<>(HtmlStructure.check("out/exampleshire-wsoa-2021.html", pageWithCouncilCover()));
        all.addAll(PdfUaCheck.check("out/exampleshire-wsoa-2021.pdf", untaggedPdf()));
        all.addAll(parityWithCouncilPrintStyle());
        StringBuilder text = new StringBuilder();
        for (Diagnostic finding : all) {
            text.append(finding).append('\n');
            if (finding.hint() != null) {
                text.append("    hint: ").append(finding.hint()).append('\n');
            }
        }
        return text.toString();
    }
}
