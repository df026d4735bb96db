package org.wsoa.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wsoa.diagnostic.Check;
import org.wsoa.rules.Finding;
import org.wsoa.rules.Validation;

/**
 * JUnit XML, which most CI servers show as test results: one test suite per plan and one test case
 * per check, failing with the findings that fail (warnings fail only with {@code --strict}). The
 * others are the test case's output, the accepted ones last, as {@code accepted[rule]} with the
 * authors' reason; the suite's property {@code accepted} counts them.
 */
final class JunitReport implements Report {

    private final List<Check> checks;

    JunitReport(List<Check> checks) {
        this.checks = checks;
    }

    @Override
    public void write(List<Validation> validations, List<Unreadable> failures, boolean strict, PrintWriter out) {
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<testsuites name=\"wsoa validate\">");
        for (Validation validation : validations) {
            Map<String, List<Finding>> byCheck = new LinkedHashMap<>();
            checks.forEach(check -> byCheck.put(check.id(), new ArrayList<>()));
            for (Finding finding : validation.openThenAccepted()) {
                byCheck.computeIfAbsent(finding.diagnostic().ruleId(), id -> new ArrayList<>()).add(finding);
            }
            long failed = byCheck.values().stream().filter(f -> f.stream().anyMatch(x -> x.fails(strict))).count();
            out.println("  <testsuite name=\"" + xml(validation.directory()) + "\" tests=\"" + byCheck.size()
                    + "\" failures=\"" + failed + "\" errors=\"0\" skipped=\"0\">");
            if (validation.accepted() > 0) {
                // Counted apart: an accepted finding neither fails nor passes a test case.
                out.println("    <properties><property name=\"" + Finding.ACCEPTED + "\" value=\"" + validation.accepted()
                        + "\"/></properties>");
            }
            for (Map.Entry<String, List<Finding>> check : byCheck.entrySet()) {
                out.print("    <testcase classname=\"" + xml(validation.directory()) + "\" name=\"" + xml(check.getKey()) + "\"");
                List<Finding> failing = check.getValue().stream().filter(f -> f.fails(strict)).toList();
                List<Finding> other = check.getValue().stream().filter(f -> !f.fails(strict)).toList();
                if (failing.isEmpty() && other.isEmpty()) {
                    out.println("/>");
                    continue;
                }
                out.println(">");
                if (!failing.isEmpty()) {
                    out.println("      <failure message=\"" + xml(failing.size() + " finding" + (failing.size() == 1 ? "" : "s"))
                            + "\" type=\"" + xml(check.getKey()) + "\">" + xml(lines(failing)) + "</failure>");
                }
                if (!other.isEmpty()) {
                    out.println("      <system-out>" + xml(lines(other)) + "</system-out>");
                }
                out.println("    </testcase>");
            }
            out.println("  </testsuite>");
        }
        for (Unreadable failure : failures) {
            out.println("  <testsuite name=\"" + xml(failure.directory()) + "\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\">");
            out.println("    <testcase classname=\"" + xml(failure.directory()) + "\" name=\"load\"><error message=\""
                    + xml(failure.reason()) + "\"/></testcase>");
            out.println("  </testsuite>");
        }
        out.println("</testsuites>");
    }

    private static String lines(List<Finding> findings) {
        StringBuilder text = new StringBuilder();
        for (Finding finding : findings) {
            text.append(finding).append('\n');
            if (finding.accepted()) {
                text.append("    reason: ").append(finding.reason()).append('\n');
            }
        }
        return text.toString();
    }

    /**
     * Text for an XML attribute or element: markup escaped, and every character that XML 1.0 does
     * not allow (most control characters, U+FFFE, U+FFFF, unpaired surrogates) replaced by
     * U+FFFD, so that the report stays well-formed whatever the plan holds.
     */
    static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD) {
                        out.append(c);
                    } else {
                        out.append('\uFFFD');
                    }
                }
            }
        }
        return out.toString();
    }
}
