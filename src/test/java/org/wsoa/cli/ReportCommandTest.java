package org.wsoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsoa.load.PlanFixtures;

/** {@code wsoa report}: one test per option, and what it refuses. */
class ReportCommandTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path temp;

    private Path plan() {
        return PlanFixtures.tinyWithThreeQuarters(temp.resolve("plan"));
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file);
    }

    @Test
    void writesTheHtmlAndPdfReportAsAtTheLatestProgressFileByDefault() throws IOException {
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("report", plan().toString(), "-o", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("Wrote " + out.resolve("exampleshire-wsoa-2021-progress-2022-09-30.html") + NL
                + "Wrote " + out.resolve("exampleshire-wsoa-2021-progress-2022-09-30.pdf") + NL);
        assertThat(read(out.resolve("exampleshire-wsoa-2021-progress-2022-09-30.html")))
                .contains("<h1>Progress report as at 30 September 2022</h1>");
        assertThat(Files.readAllBytes(out.resolve("exampleshire-wsoa-2021-progress-2022-09-30.pdf"))).startsWith("%PDF-".getBytes());
    }

    @Test
    void asOfReportsAsAtThatDateLeavingOutLaterFiles() throws IOException {
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("report", plan().toString(), "-o", out.toString(), "--format", "md", "--as-of", "2022-08-15");

        assertThat(run.exitCode()).isZero();
        String md = read(out.resolve("exampleshire-wsoa-2021-progress-2022-08-15.md"));
        assertThat(md).startsWith("# Progress report as at 15 August 2022" + "\n")
                .contains("- Latest progress file: 30 June 2022 (`progress/2022-06-30.yaml`)\n")
                .contains("- Previous progress file: 31 March 2022\n")
                .doesNotContain("Complete and embedded");
    }

    @Test
    void aClosedPlansEarlierQuarterIsReportedAgainAsTheOpenPlanItWasThen() throws IOException {
        Path out = temp.resolve("out");

        // BCP closed on 14 July 2023; its closure.yaml places the actions outstanding then, not in June 2022.
        CliRun run = CliRun.of("report", "plans/bcp-wsoa-2021", "-o", out.toString(), "--format", "md", "--as-of",
                "2022-06-30");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(read(out.resolve("bcp-wsoa-2021-progress-2022-06-30.md")))
                .startsWith("# Progress report as at 30 June 2022\n")
                .contains("- Latest progress file: 30 June 2022 (`progress/2022-06-30.yaml`)\n");
    }

    @Test
    void aBadAsOfDateIsAUsageError() {
        CliRun run = CliRun.of("report", plan().toString(), "-o", temp.toString(), "--as-of", "15/08/2022");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("wsoa report: --as-of is written `15/08/2022`; write dates as YYYY-MM-DD:"
                + " 2022-08-15" + NL);
    }

    @Test
    void outputNamesTheFolderItWritesTo() {
        Path out = temp.resolve("board papers/october");

        CliRun run = CliRun.of("report", plan().toString(), "--output", out.toString(), "--format", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(out.resolve("exampleshire-wsoa-2021-progress-2022-09-30.json")).isRegularFile();
    }

    @Test
    void nameNamesTheReportFilesInPlaceOfThePlansOwnName() {
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("report", plan().toString(), "-o", out.toString(), "--format", "md", "--name", "send-board");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("Wrote " + out.resolve("send-board-progress-2022-09-30.md") + NL);
    }

    @Test
    void formatTakesEachEditionOrSeveral() throws IOException {
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("report", plan().toString(), "-o", out.toString(), "--format", "md,json,html");

        assertThat(run.exitCode()).isZero();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(f -> !f.equals(".wsoa.lock")).sorted())
                    .containsExactly(
                    "exampleshire-wsoa-2021-progress-2022-09-30.html", "exampleshire-wsoa-2021-progress-2022-09-30.json", "exampleshire-wsoa-2021-progress-2022-09-30.md");
        }
        assertThat(read(out.resolve("exampleshire-wsoa-2021-progress-2022-09-30.json"))).startsWith("{\n  \"schemaVersion\" : 1,\n"
                + "  \"report\" : \"progress\",");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun run = CliRun.of("report", plan().toString(), "-o", temp.toString(), "--format", "docx");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("wsoa report: --format must be one of: html, pdf, md, json, both (not `docx`)" + NL);
    }

    @Test
    void aheadSetsHowFarAheadActionsFallingDueAreListed() throws IOException {
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("report", plan().toString(), "-o", out.toString(), "--format", "md", "--as-of",
                "2022-06-30", "--ahead", "3m");

        assertThat(run.exitCode()).isZero();
        assertThat(read(out.resolve("exampleshire-wsoa-2021-progress-2022-06-30.md"))).contains("## Due in the next 3 months\n\n"
                + "| Ref | Action | Lead | Due | Status |\n|---|---|---|---|---|\n| W1.2 |");
    }

    @Test
    void aheadMustBeDaysWeeksOrMonths() {
        Path plan = plan();
        CliRun run = CliRun.of("report", plan.toString(), "-o", temp.toString(), "--ahead", "six weeks");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("wsoa report: --ahead is written `six weeks`; give a number of days, weeks or"
                + " months, such as 42d, 6w or 2m" + NL);
        assertThat(CliRun.of("report", plan.toString(), "-o", temp.toString(), "--ahead", "0w").err())
                .isEqualTo("wsoa report: --ahead is `0w`; give at least one day and at most ten years" + NL);
    }

    @Test
    void exceptionsWritesTheExceptionReport() throws IOException {
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("report", plan().toString(), "-o", out.toString(), "--format", "md", "--exceptions");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("Wrote " + out.resolve("exampleshire-wsoa-2021-exceptions-2022-09-30.md") + NL);
        assertThat(read(out.resolve("exampleshire-wsoa-2021-exceptions-2022-09-30.md"))).startsWith(
                "# Exception report as at 30 September 2022\n")
                .contains("## In short\n\n- 1 action is at risk or off track.\n- No action is overdue.\n"
                        + "- 1 KPI is behind trajectory.\n")
                .doesNotContain("## Evidence").doesNotContain("## Summary by area");
    }

    @Test
    void templatesReplaceTheBuiltInOnesOfTheSameName() throws IOException {
        Path templates = Files.createDirectories(temp.resolve("templates"));
        Files.writeString(templates.resolve("report-evidence.ftlh"), "<section id=\"evidence\"><h2>Our evidence</h2>"
                + "<p>Kept by the SEND team.</p></section>\n");
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("report", plan().toString(), "-o", out.toString(), "--format", "html",
                "--templates", templates.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(read(out.resolve("exampleshire-wsoa-2021-progress-2022-09-30.html"))).contains("<h2>Our evidence</h2>");
    }

    @Test
    void aPlanWithoutProgressFilesHasNothingToReport() {
        CliRun run = CliRun.of("report", "plans/medway-app-2020", "-o", temp.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("wsoa report: plans/medway-app-2020 has no progress files yet, so there is"
                + " nothing to report; add one, progress/YYYY-MM-DD.yaml (see docs/monitoring.md), or give --as-of DATE"
                + NL);
        assertThat(CliRun.of("report", "plans/medway-app-2020", "-o", temp.toString(), "--format", "md",
                "--as-of", "2021-06-30").exitCode()).isZero();
    }

    @Test
    void aPlanWithErrorsGivesNoReport() throws IOException {
        Path plan = plan();
        Files.writeString(plan.resolve("progress/2022-12-31.yaml"), "date: 2022-12-31\nactions:\n  W1.3:\n"
                + "    status: on-track\n");
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("report", plan.toString(), "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(plan.resolve("progress/2022-12-31.yaml") + ":3:3: error[unknown-reference]:"
                + " `W1.3` under `actions:` is not an action in the plan; did you mean `W1.1`?")
                .endsWith("wsoa report: the plan has errors, so no report was written" + NL);
        assertThat(out).doesNotExist();
    }

    @Test
    void reportingTwiceGivesIdenticalFiles() throws IOException {
        CliRun.of("report", "plans/warwickshire-wsoa-2021", "-o", temp.resolve("a").toString());
        CliRun.of("report", "plans/warwickshire-wsoa-2021", "-o", temp.resolve("b").toString());

        for (String file : new String[] {"warwickshire-wsoa-2021-progress-2022-09-30.html",
            "warwickshire-wsoa-2021-progress-2022-09-30.pdf"}) {
            assertThat(Files.readAllBytes(temp.resolve("a").resolve(file)))
                    .isEqualTo(Files.readAllBytes(temp.resolve("b").resolve(file)));
        }
    }
}
