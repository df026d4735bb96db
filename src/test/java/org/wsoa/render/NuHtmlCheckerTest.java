package org.wsoa.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wsoa.load.PlanFixtures;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (the W3C's) finds no error in any HTML page wsoa writes: every example
 * plan's and the every-field plan's, as rendered now, and the progress and closure reports, whose
 * golden pages their own tests keep equal to what the renderers write.
 */
class NuHtmlCheckerTest {

    static Stream<Path> examplePlans() throws IOException {
        return Stream.concat(Files.list(Path.of("plans")).sorted(), Stream.of(PlanFixtures.EVERY_FIELD));
    }

    static Stream<Path> reportPages() {
        return Stream.of("report/bcp-progress.html", "report/tiny-progress.html", "report/warwickshire-exceptions.html",
                "closure/bcp-closure.html", "closure/tiny-closure.html").map(p -> Path.of("src/test/resources", p));
    }

    /**
     * CSS properties that every current browser supports but that this version of the checker (the
     * newest Maven Central serves to this project's machines, 20.6.30) predates: CSS Text Decoration
     * Level 4's. Its CSS validator calls them unknown; nothing else is let through.
     */
    private static final List<String> NEWER_THAN_THE_CHECKER = List.of(
            "CSS: “text-underline-offset”: Property “text-underline-offset” doesn't exist.",
            "CSS: “text-decoration-thickness”: Property “text-decoration-thickness” doesn't exist.");

    /** The checker's errors, one a line with its line and column; its warnings and notes are not counted. */
    static List<String> errors(String html) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                if (NEWER_THAN_THE_CHECKER.contains(e.getMessage())) {
                    return;
                }
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(false, false, false);
        // The checker's own HTML schema, read from its jar (no network).
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
        validator.setUpValidatorAndParsers(handler, true, false);
        validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
        return errors;
    }

    @ParameterizedTest
    @MethodSource("examplePlans")
    void everyPlansPageHasNoError(Path plan) throws Exception {
        String html = new HtmlRenderer(Templates.create(null)).render(PlanFixtures.resolved(plan));

        assertThat(errors(html)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("reportPages")
    void everyReportsPageHasNoError(Path page) throws Exception {
        assertThat(errors(Files.readString(page))).isEmpty();
    }

    @Test
    void theCheckerFindsADuplicateId() throws Exception {
        String page = "<!DOCTYPE html><html lang=\"en-GB\"><head><title>t</title></head><body>"
                + "<h2 id=\"a\">A</h2><p id=\"a\">B</p></body></html>";

        assertThat(errors(page)).singleElement().asString().startsWith("1:").contains("Duplicate ID");
    }
}
