package org.wsoa.verify;

import org.wsoa.diagnostic.Check;
import org.wsoa.diagnostic.Severity;

/**
 * The checks that {@code wsoa build --verify} makes of the files it has just written, as the
 * reports, {@code wsoa rules} and {@code docs/rules.md} know them. They judge the published files,
 * which a council's templates shape, rather than the plan, so {@code plan.yaml} can neither switch
 * them off nor accept their findings.
 */
public enum VerifyCheck implements Check {

    HTML("verify-html", "The published page's structure holds: one h1, heading levels in order, unique IDs, text"
            + " alternatives, table captions and header scopes, link text, the page's language."),
    PDFUA("verify-pdfua", "The published PDF meets PDF/UA-1 (ISO 14289-1), as veraPDF checks it."),
    PDFA("verify-pdfa", "The published PDF meets PDF/A-3a (ISO 19005-3), which it claims, as veraPDF checks it."),
    PARITY("verify-parity", "The published PDF says what the page it is printed from says, where a reader can see it,"
            + " and its bookmarks and links open the right page.");

    private final String id;
    private final String summary;

    VerifyCheck(String id, String summary) {
        this.id = id;
        this.summary = summary;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return summary;
    }

    @Override
    public String lockedBecause() {
        return "it checks the files that wsoa build --verify has written, not the plan";
    }
}
