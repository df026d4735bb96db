package org.wsoa.preview;

import java.util.List;
import java.util.regex.Pattern;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.render.Xml;
import org.wsoa.rules.Finding;
import org.wsoa.rules.Validation;

/**
 * The page {@code wsoa preview} shows in place of the plan while it cannot be published: every
 * error with where it is ({@code file:line:col}), what is wrong and how to fix it, then the
 * warnings. Plain, self-contained and accessible, like the plan's own page: one heading per list,
 * severity in words, and no colour that carries meaning alone.
 */
final class ErrorPage {

    private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");

    private static final String STYLE = """
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; line-height: 1.5;
              color: #0b0c0c; background: #fff; margin: 0; }
            main { max-width: 50rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
            h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 1rem; }
            h2 { font-size: 1.35rem; margin: 2rem 0 0.75rem; }
            .findings { padding-left: 1.5rem; }
            .findings li { margin: 0 0 1.25rem; padding-left: 0.75rem; border-left: 4px solid #6f777b; }
            .findings.errors li { border-left-color: #b10e1e; }
            .findings p { margin: 0.15rem 0; }
            .where code { font-weight: bold; }
            code { font-family: ui-monospace, Consolas, "Liberation Mono", monospace; font-size: 0.95em;
              overflow-wrap: anywhere; }
            .hint, .check { color: #383f43; }
            """;

    private ErrorPage() {
    }

    /** The errors and warnings that stop the plan being published. */
    static String findings(Validation validation) {
        List<Finding> errors = validation.findings().stream()
                .filter(f -> !f.accepted() && f.diagnostic().isError()).toList();
        List<Finding> warnings = validation.findings().stream()
                .filter(f -> !f.accepted() && !f.diagnostic().isError()).toList();
        String heading = count(errors.size(), "error") + " to fix before the plan can be published";
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(heading).append("</h1>\n");
        body.append("<p>In <code>").append(Xml.escape(validation.directory())).append("</code>. When they are fixed,"
                + " this page shows the plan again by itself: save the file and wait a moment.</p>\n");
        list(body, "Errors", "errors", errors);
        list(body, "Warnings", "warnings", warnings);
        return page(heading + ": " + validation.directory(), body.toString());
    }

    /** A page that could not be made at all: the plan folder is gone, or a template failed. */
    static String failure(String directory, String message, String hint) {
        String heading = "The page of the plan could not be made";
        String body = "<h1>" + heading + "</h1>\n"
                + "<p>In <code>" + Xml.escape(directory) + "</code>.</p>\n"
                + "<ol class=\"findings errors\">\n<li>\n<p class=\"message\"><strong>Error</strong>: "
                + prose(message) + "</p>\n<p class=\"hint\">Hint: " + prose(hint) + "</p>\n</li>\n</ol>\n";
        return page(heading + ": " + directory, body);
    }

    private static void list(StringBuilder body, String title, String kind, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        String severity = kind.equals("errors") ? "Error" : "Warning";
        body.append("<h2>").append(title).append("</h2>\n<ol class=\"findings ").append(kind).append("\">\n");
        for (Finding finding : findings) {
            Diagnostic d = finding.diagnostic();
            body.append("<li>\n<p class=\"where\"><code>").append(Xml.escape(d.at().toString())).append("</code></p>\n");
            body.append("<p class=\"message\"><strong>").append(severity).append("</strong>: ")
                    .append(prose(d.message())).append("</p>\n");
            if (d.hint() != null) {
                body.append("<p class=\"hint\">Hint: ").append(prose(d.hint())).append("</p>\n");
            }
            body.append("<p class=\"check\">Check <code>").append(Xml.escape(d.ruleId()))
                    .append("</code> (<code>wsoa rules ").append(Xml.escape(d.ruleId()))
                    .append("</code> explains it)</p>\n</li>\n");
        }
        body.append("</ol>\n");
    }

    /** Escaped text, with the `code` spans that messages use for what the author wrote. */
    private static String prose(String text) {
        return CODE_SPAN.matcher(Xml.escape(text)).replaceAll("<code>$1</code>");
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                + "<title>" + Xml.escape(title) + " (wsoa preview)</title>\n<style>\n" + STYLE + "</style>\n</head>\n"
                + "<body>\n<main id=\"main\">\n" + body + "</main>\n</body>\n</html>\n";
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
