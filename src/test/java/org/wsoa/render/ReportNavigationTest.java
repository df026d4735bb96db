package org.wsoa.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wsoa.load.PlanFixtures;
import org.wsoa.verify.Bookmarks;
import org.wsoa.verify.PageBounds;
import org.wsoa.verify.PageFill;
import org.wsoa.verify.PdfVerifier;
import org.wsoa.verify.PdfText;

/**
 * The progress and closure reports' PDFs send a reader to the right page: every contents entry's
 * printed page number is the page its heading is drawn on, and every bookmark and contents link
 * opens that page. Their sections do not start a page of their own, so a section that begins at the
 * foot of a page and has its heading moved overleaf once gave the page before.
 */
class ReportNavigationTest {

    /** A contents entry: "3.  Overdue actions . . . . . 5". */
    private static final Pattern ENTRY = Pattern.compile("^\\s*\\d+\\.\\s+(.+?)\\s*(?:\\.\\s*)+(\\d+)\\s*$");

    static Stream<Arguments> reports() {
        return Stream.of(
                Arguments.of("BCP's progress report", ReportEditionsTest.BCP, false, false),
                Arguments.of("the tiny plan's progress report", PlanFixtures.TINY, false, false),
                Arguments.of("BCP's exception report", ReportEditionsTest.BCP, true, false),
                Arguments.of("BCP's closure report", ReportEditionsTest.BCP, false, true));
    }

    private static byte[] pdf(java.nio.file.Path plan, boolean exceptions, boolean closure) throws Exception {
        if (closure) {
            return ClosureEditionsTest.render("pdf", ReportEditionsTest.resolved(plan, null));
        }
        return ReportEditionsTest.render("pdf", ReportEditionsTest.resolved(plan, null),
                new ReportOptions(Period.ofWeeks(6), exceptions));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void contentsPageNumbersAreTheHeadingsPages(String name, java.nio.file.Path plan, boolean exceptions,
            boolean closure) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf(plan, exceptions, closure))) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            List<String> entries = new ArrayList<>();
            List<String> wrong = new ArrayList<>();
            for (String line : pages.get(contentsPage(pages)).split("\n")) {
                Matcher entry = ENTRY.matcher(line);
                if (!entry.matches()) {
                    continue;
                }
                String title = entry.group(1);
                int printed = Integer.parseInt(entry.group(2));
                entries.add(title);
                int drawn = headingPage(pages, title);
                if (drawn != printed) {
                    wrong.add(title + ": contents say page " + printed + ", heading drawn on page " + drawn);
                }
            }
            assertThat(entries).as("contents entries of " + name).hasSizeGreaterThanOrEqualTo(3);
            assertThat(wrong).as(name).isEmpty();
            assertThat(Bookmarks.check(document, PdfText.of(document))).as(name).isEmpty();
        }
    }

    private static int contentsPage(List<String> pages) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).lines().anyMatch(l -> l.strip().equals("Contents"))) {
                return i;
            }
        }
        throw new AssertionError("no contents page");
    }

    /** The first page, after the contents, with a line that is the heading's title. */
    private static int headingPage(List<String> pages, String title) {
        int contents = contentsPage(pages);
        for (int i = contents + 1; i < pages.size(); i++) {
            if (pages.get(i).lines().anyMatch(l -> l.strip().equals(title))) {
                return i + 1;
            }
        }
        // The first section may share the contents' page.
        if (pages.get(contents).lines().filter(l -> l.strip().equals(title)).count() > 0) {
            return contents + 1;
        }
        return -1;
    }

    /**
     * Every word where a reader can see it, as in the plan's PDF: inside the printable area, not cut,
     * not drawn over another word, and no type under 10 pt. A date held on one line ran into the next
     * column of the reports' tables ("22 September 2022" over "W2.4" in BCP's evidence, "31 December
     * 2021" over "35%" in its KPI actuals).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void everyWordIsWhereAReaderCanSeeIt(String name, java.nio.file.Path plan, boolean exceptions, boolean closure)
            throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf(plan, exceptions, closure))) {
            assertThat(PageBounds.check(PdfText.of(document), PdfVerifier.SMALLEST_TYPE)).as(name).isEmpty();
        }
    }

    /**
     * No page more than half blank, as in the plan's PDF, with no exception but the last page: a
     * report's sections follow on from each other (report-pdf.css), none starts a page by rule.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void noPageIsMoreThanHalfBlank(String name, java.nio.file.Path plan, boolean exceptions, boolean closure)
            throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf(plan, exceptions, closure))) {
            assertThat(PageFill.check(PdfText.of(document), List.of())).as(name).isEmpty();
        }
    }
}
