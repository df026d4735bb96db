package org.wsoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsoa.load.PlanFixtures;

class BuildCommandTest {

    @TempDir
    Path temp;

    @Test
    void writesThePlanAsHtml() throws IOException {
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("build", PlanFixtures.TINY.toString(), "-o", out.toString(), "--format", "html");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("Wrote " + out.resolve("exampleshire-wsoa-2021.html") + System.lineSeparator());
        assertThat(Files.readString(out.resolve("exampleshire-wsoa-2021.html"))).startsWith("<!DOCTYPE html>");
        try (Stream<Path> files = Files.list(out)) {
            // .wsoa.lock, the lock one build at a time takes, stays for the next.
            assertThat(files).containsExactlyInAnyOrder(out.resolve("exampleshire-wsoa-2021.html"), out.resolve(".wsoa.lock"));
        }
    }

    @Test
    void writesHtmlAndPdfByDefault() throws IOException {
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("build", PlanFixtures.TINY.toString(), "-o", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("Wrote " + out.resolve("exampleshire-wsoa-2021.html") + System.lineSeparator()
                + "Wrote " + out.resolve("exampleshire-wsoa-2021.pdf") + System.lineSeparator());
        assertThat(Files.readAllBytes(out.resolve("exampleshire-wsoa-2021.pdf"))).startsWith("%PDF-".getBytes());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aPlanInAFolderCalledPlanIsPublishedUnderItsAreaKindAndYearNotAsPlanHtml() {
        Path plan = PlanFixtures.copy(PlanFixtures.TINY, temp.resolve("plan"));
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("build", plan.toString(), "-o", out.toString(), "--format", "html");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("Wrote " + out.resolve("exampleshire-wsoa-2021.html") + System.lineSeparator());
    }

    @Test
    void outputNameInPlanYamlNamesTheFilesAndNameOnTheCommandLineOverridesIt() {
        Path plan = PlanFixtures.copy(PlanFixtures.TINY, temp.resolve("plan"));
        PlanFixtures.edit(plan, "plan.yaml", "version: \"1.0\"", "output-name: exampleshire-send-wsoa\nversion: \"1.0\"");
        Path out = temp.resolve("out");

        CliRun named = CliRun.of("build", plan.toString(), "-o", out.toString(), "--format", "html");
        CliRun renamed = CliRun.of("build", plan.toString(), "-o", out.toString(), "--format", "html",
                "--name", "exampleshire-wsoa-board-draft");

        assertThat(named.out()).isEqualTo("Wrote " + out.resolve("exampleshire-send-wsoa.html") + System.lineSeparator());
        assertThat(renamed.out())
                .isEqualTo("Wrote " + out.resolve("exampleshire-wsoa-board-draft.html") + System.lineSeparator());
    }

    @Test
    void aNameThatCannotNameAFileIsAUsageErrorAndNothingIsWritten() {
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("build", PlanFixtures.TINY.toString(), "-o", out.toString(), "--name", "../plan");
        CliRun device = CliRun.of("build", PlanFixtures.TINY.toString(), "-o", out.toString(), "--name", "NUL");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("wsoa build: --name must be letters, digits, `.`, `-` and `_`, starting with a"
                + " letter or digit, at most 64 characters, and not a name Windows keeps for a device (con, nul,"
                + " com1...) (not `../plan`)" + System.lineSeparator());
        assertThat(device.exitCode()).isEqualTo(2);
        assertThat(device.err()).endsWith(" (not `NUL`)" + System.lineSeparator());
        assertThat(out).doesNotExist();
    }

    @Test
    void buildingTwiceGivesIdenticalFiles() throws IOException {
        CliRun.of("build", "plans/warwickshire-wsoa-2021", "-o", temp.resolve("a").toString());
        CliRun.of("build", "plans/warwickshire-wsoa-2021", "-o", temp.resolve("b").toString());

        assertThat(Files.readAllBytes(temp.resolve("a/warwickshire-wsoa-2021.html")))
                .isEqualTo(Files.readAllBytes(temp.resolve("b/warwickshire-wsoa-2021.html")));
        assertThat(Files.readAllBytes(temp.resolve("a/warwickshire-wsoa-2021.pdf")))
                .isEqualTo(Files.readAllBytes(temp.resolve("b/warwickshire-wsoa-2021.pdf")));
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun run = CliRun.of("build", PlanFixtures.TINY.toString(), "-o", temp.toString(), "--format", "docx");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("wsoa build: --format must be one of: html, pdf, both (not `docx`)"
                + System.lineSeparator());
    }

    @Test
    void aPlanWithErrorsIsNotWritten() {
        Path plan = PlanFixtures.copy(PlanFixtures.TINY, temp.resolve("late"));
        PlanFixtures.edit(plan, "plan.yaml", "submitted: 2022-02-14", "submitted: 2022-03-14");
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("build", plan.toString(), "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(plan.resolve("plan.yaml") + ":17:12: error[deadline]: the plan is submitted on"
                + " Monday 14 March 2022, 26 calendar days (18 working days) after its deadline")
                .endsWith("wsoa build: the plan has errors, so nothing was written" + System.lineSeparator());
        assertThat(out).doesNotExist();
    }

    @Test
    void aBrokenTemplateIsOneLocatedLineAndNothingIsWritten() throws IOException {
        Path templates = Files.createDirectories(temp.resolve("templates"));
        Files.writeString(templates.resolve("cover.ftlh"), "<h1>${plan.missing}</h1>\n");
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("build", PlanFixtures.TINY.toString(), "-o", out.toString(), "--templates",
                templates.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("wsoa build: " + templates.resolve("cover.ftlh") + ":1:7: the template failed: ")
                .hasLineCount(1);
        assertThat(out.resolve("exampleshire-wsoa-2021.html")).doesNotExist();
    }

    @Test
    void aMissingPlanOrTemplatesDirectoryIsAUsageError() {
        CliRun noPlan = CliRun.of("build", temp.resolve("nowhere").toString());
        CliRun noTemplates = CliRun.of("build", PlanFixtures.TINY.toString(), "-o", temp.toString(), "--templates",
                temp.resolve("nothing").toString());

        assertThat(noPlan.exitCode()).isEqualTo(2);
        assertThat(noPlan.err()).isEqualTo("wsoa: no plan directory at " + temp.resolve("nowhere") + System.lineSeparator());
        assertThat(noTemplates.exitCode()).isEqualTo(2);
        assertThat(noTemplates.err()).isEqualTo("wsoa build: no templates directory at " + temp.resolve("nothing")
                + System.lineSeparator());
    }

    @Test
    void aFailedBuildLeavesThePreviousEditionsAsTheyWere() throws IOException {
        Path out = temp.resolve("out");
        assertThat(CliRun.of("build", PlanFixtures.TINY.toString(), "-o", out.toString()).exitCode()).isZero();
        byte[] html = Files.readAllBytes(out.resolve("exampleshire-wsoa-2021.html"));
        byte[] pdf = Files.readAllBytes(out.resolve("exampleshire-wsoa-2021.pdf"));
        Path templates = Files.createDirectories(temp.resolve("templates"));
        Files.writeString(templates.resolve("cover.ftlh"), "<h1>${plan.missing}</h1>\n");

        CliRun run = CliRun.of("build", PlanFixtures.TINY.toString(), "-o", out.toString(), "--templates", templates.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(Files.readAllBytes(out.resolve("exampleshire-wsoa-2021.html"))).isEqualTo(html);
        assertThat(Files.readAllBytes(out.resolve("exampleshire-wsoa-2021.pdf"))).isEqualTo(pdf);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).containsExactlyInAnyOrder(out.resolve("exampleshire-wsoa-2021.html"),
                    out.resolve("exampleshire-wsoa-2021.pdf"), out.resolve(".wsoa.lock"));
        }
    }

    @Test
    void aSecondBuildIntoTheSameDirectoryFailsClearlyAndWritesNothing() throws Exception {
        Path out = temp.resolve("out");
        Process first = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path"), "org.wsoa.publish.HoldsOutput",
                out.toString()).start();
        try {
            assertThat(new String(first.getInputStream().readNBytes(6), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo("ready\n");

            CliRun run = CliRun.of("build", PlanFixtures.TINY.toString(), "-o", out.toString(), "--wait", "1");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("wsoa build: another build is writing to " + out + "; waiting up to 1"
                    + " seconds for it to finish" + System.lineSeparator()
                    + "wsoa build: another wsoa build (process " + first.pid() + ") is writing to " + out
                    + " and did not finish within 1 seconds; try again when it has, or build into another directory"
                    + " with -o" + System.lineSeparator());
            assertThat(run.out()).isEmpty();
            assertThat(out.resolve("exampleshire-wsoa-2021.html")).doesNotExist();
        } finally {
            first.destroy();
            first.waitFor();
        }
    }

    @Test
    void waitingLongerThanAnHourIsAUsageError() {
        CliRun run = CliRun.of("build", PlanFixtures.TINY.toString(), "-o", temp.toString(), "--wait", "3601");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("wsoa build: --wait must be between 0 and 3600 seconds (not 3601)"
                + System.lineSeparator());
    }

    @Test
    void aFormatThatNamesNoEditionIsAUsageError() {
        CliRun run = CliRun.of("build", PlanFixtures.TINY.toString(), "-o", temp.toString(), "--format", ",");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("wsoa build: --format must be one of: html, pdf, both (not `,`)"
                + System.lineSeparator());
    }

    @Test
    void anOutputThatIsAFileIsOneLineSayingSo() throws IOException {
        Path file = Files.writeString(temp.resolve("out"), "a file, not a directory");

        CliRun run = CliRun.of("build", PlanFixtures.TINY.toString(), "-o", file.toString(), "--format", "html");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("wsoa build: could not write to " + file + ": " + file + " is in the way: it is"
                + " a file where a directory belongs, or the reverse; the files there are as they were"
                + System.lineSeparator());
        assertThat(Files.readString(file)).isEqualTo("a file, not a directory");
    }
}
