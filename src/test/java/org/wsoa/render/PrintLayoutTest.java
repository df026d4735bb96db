package org.wsoa.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wsoa.load.PlanFixtures;
import org.wsoa.model.OrganisationType;

/**
 * The plan's printed pages as a reader sees them: type no smaller than 10pt, text that can be
 * found and copied (no ligature code points), every bookmark and contents entry opening the page
 * its heading is drawn on, links that say where they go, and the Author and Subject from plan.yaml.
 * Each example is rendered once for all the checks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrintLayoutTest {

    private static final Instant DATE = Instant.parse("2021-12-24T00:00:00Z");

    private final Map<Path, PDDocument> documents = new HashMap<>();

    Stream<Path> examplePlans() throws IOException {
        return Files.list(Path.of("plans")).sorted();
    }

    private PDDocument pdf(Path plan) throws Exception {
        PDDocument document = documents.get(plan);
        if (document == null) {
            var resolved = PlanFixtures.resolved(plan);
            byte[] bytes = new PdfRenderer(new HtmlRenderer(Templates.create(null)),
                    List.of(Path.of(resolved.plan().directory()))).render(resolved, DATE);
            document = Loader.loadPDF(bytes);
            documents.put(plan, document);
        }
        return document;
    }

    @AfterAll
    void close() throws IOException {
        for (PDDocument document : documents.values()) {
            document.close();
        }
    }

    /** Each glyph on the pages, with its size in points and the page it is on. */
    private static List<TextPosition> glyphs(PDDocument document) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(text);
            }
        };
        stripper.getText(document);
        return glyphs;
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        return stripper.getText(document).replaceAll("\\s+", " ");
    }

    @ParameterizedTest
    @MethodSource("examplePlans")
    void noTextOutsideTheChartsIsSmallerThanTenPoints(Path plan) throws Exception {
        PDDocument document = pdf(plan);
        List<String> small = new ArrayList<>();
        for (TextPosition glyph : glyphs(document)) {
            // Font size times the text matrix's scale: the size as printed.
            float size = glyph.getFontSizeInPt();
            if (size < 9.95f && small.size() < 10) {
                small.add(glyph.getUnicode() + " at " + size + "pt");
            }
        }
        assertThat(small).as("glyphs under 10pt").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("examplePlans")
    void theTextHasNoLigaturesAndItsWordsCanBeFound(Path plan) throws Exception {
        String text = new PDFTextStripper().getText(pdf(plan));
        assertThat(text).doesNotContainPattern("[\\x{FB00}-\\x{FB06}]");
        if (plan.endsWith("bcp-wsoa-2021")) {
            assertThat(text.replaceAll("\\s+", " ")).contains("Local Offer");
        }
    }

    /**
     * A partner's name over what it contributes to an area ("Schools and education providers") never
     * ends a page: it moves to the next page with its text. The last line of each page's body (above
     * its footer) is not one of those names in bold.
     */
    @ParameterizedTest
    @MethodSource("examplePlans")
    void noPageEndsWithAPartnersNameApartFromWhatItContributes(Path plan) throws Exception {
        PDDocument document = pdf(plan);
        // Page, then the line's baseline rounded to a point, then its glyphs.
        Map<Integer, TreeMap<Integer, List<TextPosition>>> lines = new TreeMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                lines.computeIfAbsent(getCurrentPageNo(), page -> new TreeMap<>())
                        .computeIfAbsent(Math.round(text.getYDirAdj()), y -> new ArrayList<>()).add(text);
            }
        };
        stripper.getText(document);
        List<String> endings = new ArrayList<>();
        for (var page : lines.entrySet()) {
            List<List<TextPosition>> body = page.getValue().values().stream()
                    .filter(line -> !text(line).matches("Page [0-9]+ of [0-9]+")).toList();
            List<TextPosition> last = body.get(body.size() - 1);
            boolean bold = last.stream().filter(glyph -> !glyph.getUnicode().isBlank())
                    .allMatch(glyph -> glyph.getFont().getName().contains("Bold"));
            if (bold && CONTRIBUTORS.contains(text(last))) {
                endings.add("page " + page.getKey() + ": " + text(last));
            }
        }
        assertThat(endings).isEmpty();
    }

    private static final Set<String> CONTRIBUTORS = Stream.of(OrganisationType.values())
            .map(OrganisationType::contributor).filter(Objects::nonNull).collect(Collectors.toSet());

    private static String text(List<TextPosition> line) {
        StringBuilder text = new StringBuilder();
        line.forEach(glyph -> text.append(glyph.getUnicode()));
        return text.toString().trim();
    }

    /** A section that starts a new page: its bookmark opens that page, not the one before. */
    @ParameterizedTest
    @MethodSource("examplePlans")
    void everyBookmarkOpensThePageItsHeadingIsDrawnOn(Path plan) throws Exception {
        PDDocument document = pdf(plan);
        List<String> wrong = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        check(document, document.getDocumentCatalog().getDocumentOutline(), wrong, checked);
        assertThat(checked).hasSizeGreaterThan(8);
        assertThat(wrong).isEmpty();
    }

    private static void check(PDDocument document, PDOutlineNode node, List<String> wrong, List<String> checked)
            throws IOException {
        for (PDOutlineItem item : node.children()) {
            PDPageDestination destination = (PDPageDestination) (item.getDestination() != null ? item.getDestination()
                    : ((PDActionGoTo) item.getAction()).getDestination());
            int page = destination.retrievePageNumber();
            // The heading as drawn: "W1 Title" for the bookmark "W1: Title"; the cover's is the plan's
            // title; a bookmark that groups others ("Areas of weakness") opens its first one's page.
            String title = item.getTitle().equals("Cover") ? document.getDocumentInformation().getTitle()
                    : item.getTitle().startsWith("Area") && item.getFirstChild() != null ? item.getFirstChild().getTitle()
                    : item.getTitle();
            // Compared without spaces: a long heading wraps, and "co-production" may wrap after its hyphen.
            String heading = title.replaceFirst("^([A-Z]+[0-9]+): ", "$1").replaceAll("\\s+", "");
            if (!pageText(document, page).replaceAll("\\s+", "").contains(heading)) {
                wrong.add(item.getTitle() + " opens page " + (page + 1));
            }
            checked.add(item.getTitle());
            check(document, item, wrong, checked);
        }
    }

    @Test
    void theContentsGiveEachPartsPageAndEveryLinkSaysWhereItGoes() throws Exception {
        PDDocument document = pdf(Path.of("plans/warwickshire-wsoa-2021"));
        Map<String, Integer> pages = new HashMap<>();
        for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
            pages.put(item.getTitle(), ((PDPageDestination) (item.getDestination() != null ? item.getDestination()
                    : ((PDActionGoTo) item.getAction()).getDestination())).retrievePageNumber() + 1);
        }
        String contents = pageText(document, 1);
        assertThat(contents).containsPattern("Timeline of actions[ .]*" + pages.get("Timeline of actions") + " ")
                .containsPattern("Risks[ .]*" + pages.get("Risks") + " ")
                .containsPattern("Sign-off[ .]*" + pages.get("Sign-off") + " ");
        List<String> descriptions = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link) {
                    descriptions.add(link.getContents());
                }
            }
        }
        assertThat(descriptions).contains("Link to Risks, page " + pages.get("Risks"))
                .contains("Link to Timeline of actions, page " + pages.get("Timeline of actions"))
                .allSatisfy(d -> assertThat(d).matches("Link to (https?://\\S+|.+, page [0-9]+|page [0-9]+)"));
    }

    /** What `qpdf --check` warns of: the trailer's Size must be one more than the highest object number. */
    @ParameterizedTest
    @MethodSource("examplePlans")
    void theTrailerCountsTheObjects(Path plan) throws Exception {
        var cos = pdf(plan).getDocument();
        long highest = cos.getXrefTable().keySet().stream().mapToLong(k -> k.getNumber()).max().orElseThrow();
        assertThat(cos.getTrailer().getLong(org.apache.pdfbox.cos.COSName.SIZE)).isEqualTo(highest + 1);
    }

    @Test
    void theAuthorAndSubjectComeFromThePlan() throws Exception {
        PDDocument document = pdf(Path.of("plans/warwickshire-wsoa-2021"));
        assertThat(document.getDocumentInformation().getAuthor()).isEqualTo(
                "Warwickshire County Council and NHS Coventry and Warwickshire Clinical Commissioning Group");
        assertThat(document.getDocumentInformation().getSubject()).isEqualTo("Written Statement of Action for"
                + " special educational needs and disabilities (SEND) in Warwickshire, version 1.0");
    }
}
