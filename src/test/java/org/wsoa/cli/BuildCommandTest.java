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
        assertThat(run.out()).isEqualTo("Wrote " + out.resolve("tiny.html") + System.lineSeparator());
        assertThat(Files.readString(out.resolve("tiny.html"))).startsWith("<!DOCTYPE html>");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).containsExactly(out.resolve("tiny.html"));
        }
    }

    @Test
    void writesHtmlAndPdfByDefault() throws IOException {
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("build", PlanFixtures.TINY.toString(), "-o", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("Wrote " + out.resolve("tiny.html") + System.lineSeparator()
                + "Wrote " + out.resolve("tiny.pdf") + System.lineSeparator());
        assertThat(Files.readAllBytes(out.resolve("tiny.pdf"))).startsWith("%PDF-".getBytes());
        assertThat(run.err()).isEmpty();
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
        assertThat(out.resolve("tiny.html")).doesNotExist();
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
}
