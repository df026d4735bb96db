package org.wsoa.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsoa.calendar.WorkingDays;
import org.wsoa.load.PlanFixtures;
import org.wsoa.load.PlanLoader;
import org.wsoa.resolve.ResolvedPlan;
import org.wsoa.resolve.Resolver;

/**
 * The progress report's editions: golden files in every format for the tiny plan and for BCP (the
 * PDF as its extracted text), the same bytes every time, and JSON that its schema describes.
 */
class ReportEditionsTest {

    /** Run with -Dwsoa.updateGolden=true to rewrite the golden files after a deliberate change. */
    private static final boolean UPDATE = Boolean.getBoolean("wsoa.updateGolden");
    private static final Path GOLDEN = Path.of("src/test/resources/report");
    static final Path BCP = Path.of("plans/bcp-wsoa-2021");
    static final Path WARWICKSHIRE = Path.of("plans/warwickshire-wsoa-2021");

    static ResolvedPlan resolved(Path plan, LocalDate asOf) {
        try {
            return Resolver.resolve(PlanLoader.load(plan), WorkingDays.englandAndWales(), asOf);
        } catch (org.wsoa.load.PlanNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    static byte[] render(String format, ResolvedPlan plan, ReportOptions options) throws RenderException {
        Publication publication = new Publication(Templates.create(null), List.of(Path.of(plan.plan().directory())),
                null, options);
        return Editions.selectReport(format).get(0).render(plan, publication);
    }

    static Stream<Arguments> goldenReports() {
        return Stream.of(
                Arguments.of(PlanFixtures.TINY, "tiny-progress", false, "html"),
                Arguments.of(PlanFixtures.TINY, "tiny-progress", false, "md"),
                Arguments.of(PlanFixtures.TINY, "tiny-progress", false, "json"),
                Arguments.of(PlanFixtures.TINY, "tiny-progress", false, "pdf"),
                Arguments.of(BCP, "bcp-progress", false, "html"),
                Arguments.of(BCP, "bcp-progress", false, "md"),
                Arguments.of(BCP, "bcp-progress", false, "json"),
                Arguments.of(BCP, "bcp-progress", false, "pdf"),
                Arguments.of(BCP, "bcp-exceptions", true, "md"),
                Arguments.of(WARWICKSHIRE, "warwickshire-exceptions", true, "html"),
                Arguments.of(WARWICKSHIRE, "warwickshire-exceptions", true, "json"));
    }

    @ParameterizedTest(name = "{1}.{3}")
    @MethodSource("goldenReports")
    void matchesItsGoldenFile(Path plan, String name, boolean exceptions, String format) throws Exception {
        byte[] bytes = render(format, resolved(plan, null), new ReportOptions(Period.ofWeeks(6), exceptions));
        String text = format.equals("pdf") ? pdfText(bytes) : new String(bytes, StandardCharsets.UTF_8);
        Path golden = GOLDEN.resolve(name + (format.equals("pdf") ? ".pdf.txt" : "." + format));
        if (UPDATE) {
            Files.writeString(golden, text, StandardCharsets.UTF_8);
        }
        assertThat(text).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    /** The PDF's text, page by page, as a reader's copy and paste would give it. */
    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setPageEnd("\n--- page end ---\n");
            return stripper.getText(document);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"html", "pdf", "md", "json"})
    void theSamePlanGivesTheSameBytes(String format) throws Exception {
        ReportOptions options = ReportOptions.DEFAULT;
        assertThat(render(format, resolved(PlanFixtures.TINY, null), options))
                .isEqualTo(render(format, resolved(PlanFixtures.TINY, null), options));
    }

    static Stream<Arguments> jsonReports() {
        return Stream.of(PlanFixtures.TINY, BCP, WARWICKSHIRE).flatMap(plan -> Stream.of(
                Arguments.of(plan, null, false), Arguments.of(plan, null, true),
                Arguments.of(plan, LocalDate.of(2022, 4, 30), false)));
    }

    @ParameterizedTest(name = "{0} as at {1}, exceptions {2}")
    @MethodSource("jsonReports")
    void theJsonIsWhatItsSchemaDescribes(Path plan, LocalDate asOf, boolean exceptions) throws Exception {
        byte[] json = render("json", resolved(plan, asOf), new ReportOptions(Period.ofWeeks(6), exceptions));
        try (InputStream in = Files.newInputStream(Path.of("docs/schema/report.schema.json"))) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
            assertThat(schema.validate(new ObjectMapper().readTree(json))).isEmpty();
        }
    }

    @Test
    void theExceptionReportHasOnlyItsOwnSections() throws Exception {
        String html = new String(render("html", resolved(WARWICKSHIRE, null), new ReportOptions(Period.ofWeeks(6), true)),
                StandardCharsets.UTF_8);

        assertThat(html).contains("<h1>Exception report as at 30 September 2022</h1>")
                .contains("<h2 id=\"attention-title\">At risk or off track</h2>")
                .contains("<h2 id=\"overdue-title\">Overdue actions</h2>")
                .contains("<h2 id=\"kpis-title\">KPIs behind trajectory</h2>")
                .doesNotContain("id=\"summary\"").doesNotContain("id=\"due-soon\"").doesNotContain("id=\"evidence\"")
                .doesNotContain("id=\"changes\"").doesNotContain("On trajectory</strong></td></tr>\n<tr><th");
    }
}
