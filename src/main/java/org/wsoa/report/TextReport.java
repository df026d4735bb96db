package org.wsoa.report;

import java.io.PrintWriter;
import java.util.List;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.diagnostic.Severity;
import org.wsoa.rules.Finding;
import org.wsoa.rules.Validation;

/**
 * The report for people and most CI logs: {@code path:line:col: error[rule]: message}, an indented
 * hint where there is one, then apart from those the accepted findings
 * ({@code path:line:col: accepted[rule]: message}, with the authors' reason), and a summary line per
 * plan that counts them apart. Colour only when asked for; control
 * characters in plan text are escaped ({@link TerminalText}).
 */
public final class TextReport implements Report {

    private static final String RED = "\u001b[31;1m";
    private static final String YELLOW = "\u001b[33;1m";
    private static final String DIM = "\u001b[2m";
    private static final String RESET = "\u001b[0m";

    private final boolean colour;

    public TextReport(boolean colour) {
        this.colour = colour;
    }

    @Override
    public void write(List<Validation> validations, List<Unreadable> failures, boolean strict, PrintWriter out) {
        for (Validation validation : validations) {
            for (Finding finding : validation.openThenAccepted()) {
                Diagnostic d = finding.diagnostic();
                String label = finding.label() + "[" + d.ruleId() + "]";
                if (colour) {
                    label = (finding.accepted() || d.severity() == Severity.NOTE ? DIM
                            : d.severity() == Severity.ERROR ? RED : YELLOW) + label + RESET;
                }
                // Plan text and paths are escaped: they may hold control characters meant for the terminal.
                out.println(TerminalText.safe(d.at().toString()) + ": " + label + ": " + TerminalText.safe(d.message()));
                if (finding.accepted()) {
                    out.println(dim("    reason: " + TerminalText.safe(finding.reason())));
                } else if (d.hint() != null) {
                    out.println(dim("    hint: " + TerminalText.safe(d.hint())));
                }
            }
            out.println(summary(validation));
        }
    }

    /** "plans/x: 3 errors, 2 warnings in 14 files" (and notes and accepted findings, if any). */
    static String summary(Validation validation) {
        String line = TerminalText.safe(validation.directory()) + ": " + count(validation.errors(), "error") + ", "
                + count(validation.warnings(), "warning");
        if (validation.notes() > 0) {
            line += ", " + count(validation.notes(), "note");
        }
        if (validation.accepted() > 0) {
            line += ", " + validation.accepted() + " accepted";
        }
        return line + " in " + count(validation.files(), "file");
    }

    private String dim(String text) {
        return colour ? DIM + text + RESET : text;
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
