package org.wsoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsoa.load.PlanFixtures;

/**
 * Issue 15, point 16: {@code wsoa build --verify} checks the files it has just written, the page's
 * structure and the PDF with veraPDF, and says what it found as validate's report formats do.
 */
class BuildVerifyTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path temp;

    /** A council's cover: a crest with no alt text, and a heading one level too deep. */
    private Path councilTemplates() throws IOException {
        Path templates = Files.createDirectories(temp.resolve("templates"));
        String cover = Files.readString(Path.of("templates/cover.ftlh"));
        Files.writeString(templates.resolve("cover.ftlh"), cover.replace("<h1>${plan.title}</h1>\n",
                "<h1>${plan.title}</h1>\n<img src=\"crest.png\" width=\"60\" height=\"60\"/>\n<h3>Our promise to families</h3>\n"));
        return templates;
    }

    @Test
    void theTinyPlanVerifiesCleanAndSaysSo() {
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("build", PlanFixtures.TINY.toString(), "-o", out.toString(), "--verify");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("Wrote " + out.resolve("exampleshire-wsoa-2021.html") + NL
                + "Wrote " + out.resolve("exampleshire-wsoa-2021.pdf") + NL
                + out + ": 0 errors, 0 warnings in 2 files" + NL);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void anExamplePlanVerifiesClean() {
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("build", "plans/somerset-app-2023", "-o", out.toString(), "--verify");

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).endsWith("Wrote " + out.resolve("somerset-app-2023.pdf") + NL
                + out + ": 0 errors, 0 warnings in 2 files" + NL);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aCouncilTemplateThatSkipsAHeadingLevelAndLeavesOutAltTextFailsButTheFilesAreWritten() throws IOException {
        Path out = temp.resolve("out");
        Path html = out.resolve("exampleshire-wsoa-2021.html");
        Path pdf = out.resolve("exampleshire-wsoa-2021.pdf");

        CliRun run = CliRun.of("build", PlanFixtures.TINY.toString(), "-o", out.toString(), "--verify",
                "--templates", councilTemplates().toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("Wrote " + html + NL + "Wrote " + pdf + NL
                + html + ":157:1: error[verify-html]: `<img src=\"crest.png\">` has no `alt` text" + NL
                + "    hint: give it alt=\"...\" saying what it shows, or alt=\"\" if it is only decoration" + NL
                + html + ":158:1: error[verify-html]: `<h3>` “Our promise to families” follows `<h1>` “Written Statement"
                + " of Action” (line 156), skipping h2" + NL
                + "    hint: use <h2>, or add the heading level in between" + NL
                + pdf + ": error[verify-pdfua]: PDF/UA-1 rule 7.4.2-1 fails once in the document: For documents that are"
                + " not strongly structured, as described in ISO 32000-1:2008, 14.8.4.3.5, heading tags shall be used as"
                + " follows: (*) If any heading tags are used, H1 shall be the first. (*) A document may use more than one"
                + " instance of any specific tag level. For example, a tag level may be repeated if document content"
                + " requires it. (*) If document semantics require a descending sequence of headers, such a sequence shall"
                + " proceed in strict numerical order and shall not skip an intervening heading level. (*) A document may"
                + " increment its heading sequence without restarting at H1 if document semantics require it" + NL
                + "    hint: the PDF's tags, which screen readers read, come from the templates' HTML; a template that"
                + " changed headings, tables, figures or links may have broken them (docs/publishing.md)" + NL
                + out + ": 3 errors, 0 warnings in 2 files" + NL);
        assertThat(run.err()).isEqualTo("wsoa build: --verify found 3 errors in the files written to " + out
                + "; they were written all the same, to be looked at and fixed before they are published" + NL);
        assertThat(Files.readString(html)).contains("<h3>Our promise to families</h3>");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes());
    }

    @Test
    void aCouncilPrintStyleThatHidesTextIsFoundByComparingThePdfWithItsPage() throws IOException {
        Path out = temp.resolve("out");
        Path pdf = out.resolve("exampleshire-wsoa-2021.pdf");
        Path templates = Files.createDirectories(temp.resolve("templates"));
        Files.writeString(templates.resolve("pdf.css"), Files.readString(Path.of("templates/pdf.css"))
                + "\n.lede { display: none; }\n");

        CliRun run = CliRun.of("build", PlanFixtures.TINY.toString(), "-o", out.toString(), "--format", "pdf",
                "--verify", "--templates", templates.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("Wrote " + pdf + NL + pdf + ": error[verify-parity]: page 1: missing-text:"
                + " under the heading \"Written Statement of Action\": \"for special educational needs disabilities"
                + " written jointly\" (of \"Written Statement of Action for special educational needs a…\") is in the"
                + " HTML but not drawn in the PDF on pages 1-3" + NL);
        assertThat(run.out()).endsWith(out + ": 21 errors, 0 warnings in 1 file" + NL);
    }

    @Test
    void inACiFormatStandardOutputHoldsTheReportAloneAndTheFilesWrittenAreListedOnStandardError() throws IOException {
        Path out = temp.resolve("out");
        Path html = out.resolve("exampleshire-wsoa-2021.html");

        CliRun run = CliRun.of("build", PlanFixtures.TINY.toString(), "-o", out.toString(), "--format", "html",
                "--verify", "--verify-format", "json", "--templates", councilTemplates().toString());

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(run.out());
        JsonNode plan = report.get("plans").get(0);
        assertThat(plan.get("directory").asText()).isEqualTo(out.toString());
        assertThat(plan.get("errors").asInt()).isEqualTo(2);
        assertThat(plan.get("findings")).extracting(f -> f.get("file").asText() + ":" + f.get("line").asInt() + " "
                + f.get("rule").asText()).containsExactly(html + ":157 verify-html", html + ":158 verify-html");
        assertThat(run.err()).isEqualTo("Wrote " + html + NL + "wsoa build: --verify found 2 errors in the files"
                + " written to " + out + "; they were written all the same, to be looked at and fixed before they are"
                + " published" + NL);
    }

    @Test
    void sarifNamesTheVerifyChecksAsItsRules() throws IOException {
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("build", PlanFixtures.TINY.toString(), "-o", out.toString(), "--format", "html",
                "--verify", "--verify-format", "sarif", "--templates", councilTemplates().toString());

        JsonNode sarif = new ObjectMapper().readTree(run.out()).get("runs").get(0);
        assertThat(sarif.get("tool").get("driver").get("rules")).extracting(r -> r.get("id").asText())
                .containsExactly("verify-html", "verify-pdfua", "verify-pdfa", "verify-parity");
        assertThat(sarif.get("results")).extracting(r -> r.get("ruleId").asText()).containsExactly("verify-html", "verify-html");
    }

    @Test
    void verifyFormatWithoutVerifyOrUnknownIsAUsageErrorAndNothingIsWritten() {
        Path out = temp.resolve("out");

        CliRun alone = CliRun.of("build", PlanFixtures.TINY.toString(), "-o", out.toString(), "--verify-format", "json");
        CliRun unknown = CliRun.of("build", PlanFixtures.TINY.toString(), "-o", out.toString(), "--verify",
                "--verify-format", "xml");

        assertThat(alone.exitCode()).isEqualTo(2);
        assertThat(alone.err()).isEqualTo("wsoa build: --verify-format is for --verify, whose findings it prints" + NL);
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("wsoa build: --verify-format must be one of: text, json, sarif, github,"
                + " junit (not `xml`)" + NL);
        assertThat(out).doesNotExist();
    }

    @Test
    void verifyWithSeveralPlansIsAUsageErrorAndNothingIsWritten() {
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("build", PlanFixtures.TINY.toString(), "plans/somerset-app-2023", "-o", out.toString(),
                "--verify");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("wsoa build: --verify checks the files of one plan; build and verify each plan"
                + " on its own" + NL);
        assertThat(out).doesNotExist();
    }
}
