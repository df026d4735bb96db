package org.wsoa.verify;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wsoa.diagnostic.Check;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.model.SourceRef;

/**
 * {@code wsoa build --verify}: the checks of the files a build has just written, each file by what
 * it is: a page's structure ({@link HtmlStructure}), a PDF against PDF/UA-1 and PDF/A-3a
 * ({@link PdfUaCheck}) and against the page it was printed from ({@link PdfVerifier}). The findings
 * name the files as the build wrote them.
 */
public final class PublishedFiles {

    /** Every check that {@code --verify} makes, in the order {@code docs/rules.md} documents them. */
    public static final List<Check> CHECKS = List.of(VerifyCheck.values());

    /** The most differences between a PDF and its page that are listed one by one. */
    static final int MOST_PARITY = 20;

    private PublishedFiles() {
    }

    /**
     * The findings of every check of {@code files}, by the path the findings name them by (a name ending
     * {@code .html} or {@code .pdf}; other files are not checked), in file, line and column order.
     *
     * @param printedFrom the page each PDF was printed from (the templates' HTML for print), against
     *                    which its text is compared; null to leave that check out
     */
    public static List<Diagnostic> check(Map<String, byte[]> files, String printedFrom) {
        List<Diagnostic> findings = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String name = file.getKey().toLowerCase(Locale.ROOT);
            if (name.endsWith(".html")) {
                findings.addAll(HtmlStructure.check(file.getKey(), file.getValue()));
            } else if (name.endsWith(".pdf")) {
                findings.addAll(PdfUaCheck.check(file.getKey(), file.getValue()));
                if (printedFrom != null) {
                    findings.addAll(parity(file.getKey(), file.getValue(), printedFrom));
                }
            }
        }
        // By file and place, each check's findings in its own order (veraPDF's by rule, parity's by page).
        return findings.stream().sorted(Comparator.comparing(Diagnostic::at).thenComparing(Diagnostic::ruleId)).toList();
    }

    /** The PDF against the page it was printed from: words, where they are drawn, bookmarks and links. */
    private static List<Diagnostic> parity(String file, byte[] pdf, String printedFrom) {
        VerifyCheck check = VerifyCheck.PARITY;
        String hint = "the PDF is printed from the templates' page with pdf.css; a template or style that hides,"
                + " shrinks or overflows text, or moves a heading, loses it in print (docs/publishing.md)";
        try {
            // Type sizes are left to their own check: the charts' labels are smaller than body text by design.
            Verification result = new PdfVerifier(0).verify(printedFrom, pdf);
            List<Diagnostic> findings = new ArrayList<>();
            for (Problem problem : result.problems().subList(0, Math.min(result.problems().size(), MOST_PARITY))) {
                findings.add(new Diagnostic(SourceRef.file(file), check.id(), check.severity(), problem.toString(), hint,
                        Diagnostic.PLAN));
            }
            int more = result.problems().size() - MOST_PARITY;
            if (more > 0) {
                // Once a passage is lost, the words after it are often reported too: the first ones say why.
                findings.add(new Diagnostic(SourceRef.file(file), check.id(), check.severity(), "and " + more
                        + " more differences between the PDF and its page, not listed; the first ones usually explain"
                        + " the rest", hint, Diagnostic.PLAN));
            }
            return findings;
        } catch (IOException | RuntimeException e) {
            return List.of(new Diagnostic(SourceRef.file(file), check.id(), check.severity(),
                    "the PDF could not be compared with its page: " + e.getMessage(), hint, Diagnostic.PLAN));
        }
    }
}
