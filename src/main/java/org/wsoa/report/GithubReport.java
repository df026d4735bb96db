package org.wsoa.report;

import java.io.PrintWriter;
import java.util.List;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.diagnostic.Severity;
import org.wsoa.rules.Finding;
import org.wsoa.rules.Validation;

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on its line of the pull
 * request. Accepted findings follow the others, as notices titled {@code accepted[rule]} with the
 * authors' reason.
 */
final class GithubReport implements Report {

    @Override
    public void write(List<Validation> validations, List<Unreadable> failures, boolean strict, PrintWriter out) {
        for (Validation validation : validations) {
            for (Finding finding : validation.openThenAccepted()) {
                Diagnostic d = finding.diagnostic();
                String command = finding.accepted() || d.severity() == Severity.NOTE ? "notice" : d.isError() ? "error" : "warning";
                StringBuilder line = new StringBuilder("::").append(command).append(" file=").append(property(d.at().file()));
                if (d.at().line() > 0) {
                    line.append(",line=").append(d.at().line()).append(",col=").append(d.at().column());
                }
                String title = finding.accepted() ? "wsoa " + Finding.ACCEPTED + "[" + d.ruleId() + "]" : "wsoa " + d.ruleId();
                line.append(",title=").append(property(title));
                String message = d.message() + (finding.accepted() ? "\nreason: " + finding.reason()
                        : d.hint() == null ? "" : "\n" + d.hint());
                out.println(line.append("::").append(data(message)));
            }
            out.println(TextReport.summary(validation));
        }
    }

    /**
     * Escaping of a command's message, as the runner expects; other control characters, which the
     * log would show as colours or cursor moves, are escaped as in the text report.
     */
    static String data(String text) {
        return TerminalText.safe(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
    }

    /** Escaping of a command's property value, which also may not hold ':' or ','. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
