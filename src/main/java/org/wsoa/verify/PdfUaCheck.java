package org.wsoa.verify;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.model.SourceRef;

/**
 * veraPDF's validation of a published PDF, in this process: PDF/UA-1 ({@link VerifyCheck#PDFUA}) and
 * PDF/A-3a, which the PDF claims ({@link VerifyCheck#PDFA}). One finding per failed rule of the
 * standard, with the pages it fails on. This class, and veraPDF with it, is loaded only when a build
 * is verified.
 */
public final class PdfUaCheck {

    /** veraPDF reports through java.util.logging; wsoa's users see only wsoa's findings. Kept, so it stays off. */
    private static final Logger VERAPDF_LOG = Logger.getLogger("org.verapdf");

    static {
        VERAPDF_LOG.setLevel(Level.OFF);
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfUaCheck() {
    }

    /** The rules of PDF/UA-1 and of PDF/A-3a that {@code pdf} fails, located in {@code file}. */
    public static List<Diagnostic> check(String file, byte[] pdf) {
        List<Diagnostic> findings = new ArrayList<>();
        findings.addAll(check(file, pdf, PDFAFlavour.PDFUA_1, VerifyCheck.PDFUA, "PDF/UA-1",
                "the PDF's tags, which screen readers read, come from the templates' HTML; a template that"
                + " changed headings, tables, figures or links may have broken them (docs/publishing.md)"));
        findings.addAll(check(file, pdf, PDFAFlavour.PDFA_3_A, VerifyCheck.PDFA, "PDF/A-3a",
                "archives accept the PDF only if it meets the standard it claims; a template that changed"
                + " pdf.css, fonts or images may have broken it (docs/publishing.md)"));
        return findings.stream().sorted(Diagnostic.ORDER).toList();
    }

    private static List<Diagnostic> check(String file, byte[] pdf, PDFAFlavour flavour, VerifyCheck check,
                                          String standard, String hint) {
        Map<String, Failed> failed = new LinkedHashMap<>();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() != TestAssertion.Status.FAILED) {
                    continue;
                }
                String rule = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
                failed.computeIfAbsent(rule, r -> new Failed(assertion.getMessage()))
                        .add(page(assertion.getLocation() == null ? null : assertion.getLocation().getContext()));
            }
        } catch (Exception e) {
            // veraPDF could not read the file at all: that is itself the finding.
            return List.of(finding(file, check, "veraPDF could not check the PDF against " + standard + ": "
                    + e.getMessage(), hint));
        }
        List<Diagnostic> findings = new ArrayList<>();
        failed.forEach((rule, f) -> findings.add(finding(file, check, standard + " rule " + rule + " fails "
                + f.where() + ": " + f.description, hint)));
        return findings;
    }

    private static Diagnostic finding(String file, VerifyCheck check, String message, String hint) {
        return new Diagnostic(SourceRef.file(file), check.id(), check.severity(), message, hint, Diagnostic.PLAN);
    }

    /** The page, counted from 1, that veraPDF's context names ({@code root/document[0]/pages[2]...}), or 0. */
    static int page(String context) {
        if (context == null) {
            return 0;
        }
        int at = context.indexOf("pages[");
        if (at < 0) {
            return 0;
        }
        int end = context.indexOf(']', at);
        try {
            return Integer.parseInt(context.substring(at + 6, end)) + 1;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** One failed rule: what it requires, how often it failed and on which pages. */
    private static final class Failed {
        final String description;
        final TreeSet<Integer> pages = new TreeSet<>();
        int count;

        Failed(String description) {
            this.description = description == null ? "" : description.strip();
        }

        void add(int page) {
            count++;
            if (page > 0) {
                pages.add(page);
            }
        }

        String where() {
            String times = count == 1 ? "once" : count + " times";
            if (pages.isEmpty()) {
                return times + " in the document";
            }
            List<Integer> shown = new ArrayList<>(pages).subList(0, Math.min(pages.size(), 10));
            String list = shown.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("");
            return times + ", on page" + (pages.size() == 1 ? " " : "s ") + list + (pages.size() > 10 ? " and more" : "");
        }
    }
}
