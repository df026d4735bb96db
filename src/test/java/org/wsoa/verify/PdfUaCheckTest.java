package org.wsoa.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsoa.diagnostic.Diagnostic;

/** Issue 15, point 16: veraPDF's verdict on a published PDF, as findings. */
class PdfUaCheckTest {

    @Test
    void anUntaggedPdfFailsPdfUaAndPdfAOneFindingPerRule() throws IOException {
        List<Diagnostic> findings = PdfUaCheck.check("out/x.pdf", VerifyExamples.untaggedPdf());

        assertThat(findings).extracting(Diagnostic::toString).containsExactly(
                "out/x.pdf: error[verify-pdfa]: PDF/A-3a rule 6.6.2.1-1 fails once in the document: The Catalog"
                        + " dictionary of a conforming file shall contain the Metadata key whose value is a metadata stream"
                        + " as defined in ISO 32000-1:2008, 14.3.2. The metadata stream dictionary shall contain entry Type"
                        + " with value /Metadata and entry Subtype with value /XML",
                "out/x.pdf: error[verify-pdfa]: PDF/A-3a rule 6.7.2.2-1 fails once in the document: The document"
                        + " catalog dictionary shall include a MarkInfo dictionary containing an entry, Marked, whose value"
                        + " shall be true",
                "out/x.pdf: error[verify-pdfa]: PDF/A-3a rule 6.7.3.3-1 fails once in the document: The logical"
                        + " structure of the conforming file shall be described by a structure hierarchy rooted in the"
                        + " StructTreeRoot entry of the document's Catalog dictionary, as described in ISO 32000-1:2008, 14.7",
                "out/x.pdf: error[verify-pdfua]: PDF/UA-1 rule 6.2-1 fails once in the document: The document catalog"
                        + " dictionary shall include a MarkInfo dictionary containing an entry, Marked, whose value shall be"
                        + " true",
                "out/x.pdf: error[verify-pdfua]: PDF/UA-1 rule 7.1-10 fails once in the document: The document catalog"
                        + " dictionary shall include a ViewerPreferences dictionary containing a DisplayDocTitle key, whose"
                        + " value shall be true",
                "out/x.pdf: error[verify-pdfua]: PDF/UA-1 rule 7.1-11 fails once in the document: The logical structure"
                        + " of the conforming file shall be described by a structure hierarchy rooted in the StructTreeRoot"
                        + " entry of the document catalog dictionary, as described in ISO 32000-1:2008, 14.7",
                "out/x.pdf: error[verify-pdfua]: PDF/UA-1 rule 7.1-8 fails once in the document: The Catalog dictionary"
                        + " of a conforming file shall contain the Metadata key whose value is a metadata stream as defined"
                        + " in ISO 32000-1:2008, 14.3.2. The metadata stream dictionary shall contain entry Type with value"
                        + " /Metadata and entry Subtype with value /XML");
        assertThat(findings.get(0).hint()).isEqualTo("archives accept the PDF only if it meets the standard it claims; a"
                + " template that changed pdf.css, fonts or images may have broken it (docs/publishing.md)");
    }

    @Test
    void theContextOfAFailureNamesItsPageCountedFromOne() {
        assertThat(PdfUaCheck.page("root/document[0]/pages[2](12 0 obj PDPage)/contentStream[0]")).isEqualTo(3);
        assertThat(PdfUaCheck.page("root/document[0]/StructTreeRoot[0]")).isZero();
        assertThat(PdfUaCheck.page(null)).isZero();
    }

    @Test
    void aFileThatIsNotAPdfIsOneFindingForEachStandard() {
        List<Diagnostic> findings = PdfUaCheck.check("out/x.pdf", "not a PDF".getBytes());

        assertThat(findings).extracting(Diagnostic::toString).containsExactly(
                "out/x.pdf: error[verify-pdfa]: veraPDF could not check the PDF against PDF/A-3a: Couldn't parse stream",
                "out/x.pdf: error[verify-pdfua]: veraPDF could not check the PDF against PDF/UA-1: Couldn't parse stream");
    }
}
