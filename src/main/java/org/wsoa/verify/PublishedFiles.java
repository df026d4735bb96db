package org.wsoa.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wsoa.diagnostic.Check;
import org.wsoa.diagnostic.Diagnostic;

/**
 * {@code wsoa build --verify}: the checks of the files a build has just written, each file by what
 * it is: a page's structure ({@link HtmlStructure}), a PDF against PDF/UA-1 and PDF/A-3a
 * ({@link PdfUaCheck}). The findings name the files as the build wrote them.
 */
public final class PublishedFiles {

    /** Every check that {@code --verify} makes, in the order {@code docs/rules.md} documents them. */
    public static final List<Check> CHECKS = List.of(VerifyCheck.values());

    private PublishedFiles() {
    }

    /**
     * The findings of every check of {@code files}, by the path the findings name them by (a name ending
     * {@code .html} or {@code .pdf}; other files are not checked), in file, line and column order.
     */
    public static List<Diagnostic> check(Map<String, byte[]> files) {
        List<Diagnostic> findings = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String name = file.getKey().toLowerCase(Locale.ROOT);
            if (name.endsWith(".html")) {
                findings.addAll(HtmlStructure.check(file.getKey(), file.getValue()));
            } else if (name.endsWith(".pdf")) {
                findings.addAll(PdfUaCheck.check(file.getKey(), file.getValue()));
            }
        }
        return findings.stream().sorted(Diagnostic.ORDER).toList();
    }
}
