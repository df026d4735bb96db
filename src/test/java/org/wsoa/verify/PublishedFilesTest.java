package org.wsoa.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsoa.diagnostic.Diagnostic;

/** Issue 15, point 16 with issue 14, point 5: build --verify compares the PDF with the page it is printed from. */
class PublishedFilesTest {

    @Test
    void aCouncilPrintStyleThatHidesAParagraphIsFoundAndTheListIsCutShort() throws Exception {
        List<Diagnostic> findings = VerifyExamples.parityWithCouncilPrintStyle();

        assertThat(findings).hasSize(PublishedFiles.MOST_PARITY + 1);
        // The first is the paragraph the style hid: the cover's lede, on the cover's page.
        assertThat(findings.get(0)).hasToString("out/exampleshire-wsoa-2021.pdf: error[verify-parity]: page 1:"
                + " missing-text: under the heading \"Written Statement of Action\": \"for special educational needs"
                + " disabilities written jointly\" (of \"Written Statement of Action for special educational needs a…\")"
                + " is in the HTML but not drawn in the PDF on pages 1-3");
        assertThat(findings.get(0).hint()).isEqualTo("the PDF is printed from the templates' page with pdf.css; a"
                + " template or style that hides, shrinks or overflows text, or moves a heading, loses it in print"
                + " (docs/publishing.md)");
        assertThat(findings.get(PublishedFiles.MOST_PARITY).message()).matches("and [1-9][0-9]* more differences between"
                + " the PDF and its page, not listed; the first ones usually explain the rest");
    }
}
