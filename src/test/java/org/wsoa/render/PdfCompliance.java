package org.wsoa.render;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF's verdict on a PDF: each failed rule of a flavour, as "clause test: description". */
final class PdfCompliance {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfCompliance() {
    }

    static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = new ArrayList<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    String line = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + ": "
                            + assertion.getMessage();
                    if (!failures.contains(line)) {
                        failures.add(line);
                    }
                }
            }
            return failures;
        }
    }
}
