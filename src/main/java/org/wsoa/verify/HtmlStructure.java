package org.wsoa.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.model.SourceRef;

/**
 * The structure of a published page, as a council's templates can break it: the page's language,
 * one {@code h1}, heading levels in order and never empty, unique IDs, a text alternative for every
 * image and chart, a caption and scoped header cells in every table, and text in every link. Each
 * problem is a {@link VerifyCheck#HTML} finding at the element's start tag in the published file.
 */
public final class HtmlStructure {

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> SCOPES = Set.of("col", "row", "colgroup", "rowgroup");

    private final String file;
    private final List<Diagnostic> findings = new ArrayList<>();

    private HtmlStructure(String file) {
        this.file = file;
    }

    /**
     * The problems of the page {@code page}, located in {@code file} (the path the findings name),
     * in the order they are on the page.
     */
    public static List<Diagnostic> check(String file, byte[] page) {
        HtmlStructure structure = new HtmlStructure(file);
        HtmlTree.Element root;
        try {
            root = HtmlTree.parse(page);
        } catch (HtmlTree.NotWellFormed e) {
            structure.report(e.line, e.column, "the page is not well-formed XHTML, so its structure could not be"
                    + " checked: " + e.getMessage(), "the templates must write XHTML: close every element"
                    + " (<br/>), quote every attribute, and write & as &amp;");
            return List.copyOf(structure.findings);
        }
        structure.check(root);
        return List.copyOf(structure.findings.stream().sorted(Diagnostic.ORDER).toList());
    }

    private void check(HtmlTree.Element root) {
        String lang = root.attribute("lang");
        if (lang == null || lang.isBlank()) {
            report(root, "`<html>` has no `lang`, so screen readers cannot tell which language the page is in",
                    "write <html lang=\"en-GB\"> in plan.ftlh");
        }
        Map<String, HtmlTree.Element> ids = ids(root);
        headings(root);
        root.walk(element -> {
            switch (element.name) {
                case "img" -> image(element);
                case "table" -> table(element);
                case "a" -> link(element, ids);
                default -> { }
            }
        });
        charts(root, ids);
    }

    /** Every ID on the page, by ID; a second use of one is a finding. */
    private Map<String, HtmlTree.Element> ids(HtmlTree.Element root) {
        Map<String, HtmlTree.Element> ids = new HashMap<>();
        root.walk(element -> {
            String id = element.attribute("id");
            if (id == null) {
                return;
            }
            HtmlTree.Element first = ids.putIfAbsent(id, element);
            if (first != null) {
                report(element, "the ID `" + id + "` is used again (first on line " + first.line
                        + "); links and labels that point at it reach only the first",
                        "give each element its own ID");
            }
        });
        return ids;
    }

    private void headings(HtmlTree.Element root) {
        List<HtmlTree.Element> headings = new ArrayList<>();
        root.walk(element -> {
            if (HEADINGS.contains(element.name)) {
                headings.add(element);
            }
        });
        List<HtmlTree.Element> h1s = headings.stream().filter(h -> h.name.equals("h1")).toList();
        if (h1s.isEmpty()) {
            report(root, "the page has no `<h1>`, the plan's title that a screen reader's user jumps to first",
                    "give the page one <h1>, as cover.ftlh does");
        }
        for (HtmlTree.Element extra : h1s.subList(Math.min(1, h1s.size()), h1s.size())) {
            report(extra, "a second `<h1>` " + quoted(extra) + " (the first is on line " + h1s.get(0).line
                    + "); the page has one main heading", "make it an <h2> or lower");
        }
        int previousLevel = 1;
        HtmlTree.Element previous = null;
        for (HtmlTree.Element heading : headings) {
            int level = heading.name.charAt(1) - '0';
            if (heading.text().isEmpty()) {
                report(heading, "`<" + heading.name + ">` has no text", "give the heading its words, or remove it");
            }
            if (level > previousLevel + 1) {
                report(heading, "`<" + heading.name + ">` " + quoted(heading) + " follows "
                        + (previous == null ? "the start of the page" : "`<" + previous.name + ">` " + quoted(previous)
                        + " (line " + previous.line + ")") + ", skipping "
                        + skipped(previousLevel + 1, level - 1), "use <h" + (previousLevel + 1)
                        + ">, or add the heading level in between");
            }
            previousLevel = level;
            previous = heading;
        }
    }

    private void image(HtmlTree.Element img) {
        if (!img.has("alt") && !decorative(img)) {
            report(img, "`<img" + (img.has("src") ? " src=\"" + img.attribute("src") + "\"" : "")
                    + ">` has no `alt` text", "give it alt=\"...\" saying what it shows, or alt=\"\" if it is only decoration");
        }
    }

    /** Outermost SVGs only: a chart's parts are described by the chart's own alternative. */
    private void charts(HtmlTree.Element root, Map<String, HtmlTree.Element> ids) {
        List<HtmlTree.Element> svgs = new ArrayList<>();
        collectOutermost(root, "svg", svgs);
        for (HtmlTree.Element svg : svgs) {
            if (decorative(svg)) {
                continue;
            }
            String labelledBy = svg.attribute("aria-labelledby");
            if (labelledBy != null && !labelledBy.isBlank()) {
                for (String id : labelledBy.strip().split("\\s+")) {
                    if (!ids.containsKey(id)) {
                        report(svg, "`<svg>` is labelled by `" + id + "`, which no element on the page has",
                                "point aria-labelledby at the ID of the chart's <title> or description");
                    }
                }
            }
            boolean named = nonBlank(svg.attribute("aria-label")) || nonBlank(labelledBy)
                    || svg.elements().stream().anyMatch(child -> child.name.equals("title") && !child.text().isEmpty());
            if (!named || !"img".equals(svg.attribute("role"))) {
                report(svg, "`<svg>` has no text alternative" + (named ? " that screen readers announce: it has no role=\"img\"" : ""),
                        "give it role=\"img\" and a <title>, aria-label or aria-labelledby; or aria-hidden=\"true\""
                        + " if it is only decoration");
            }
        }
    }

    private void table(HtmlTree.Element table) {
        List<HtmlTree.Element> children = table.elements();
        HtmlTree.Element caption = children.isEmpty() || !children.get(0).name.equals("caption") ? null : children.get(0);
        String which = caption == null ? "" : " " + quoted(caption);
        if (caption == null || caption.text().isEmpty()) {
            report(table, "`<table>` has no " + (caption == null ? "" : "text in its ") + "`<caption>`",
                    "say what the table shows in a <caption>, the table's first element");
        }
        List<HtmlTree.Element> headers = new ArrayList<>();
        table.walk(element -> {
            if (element.name.equals("th")) {
                headers.add(element);
            }
        });
        if (headers.isEmpty()) {
            report(table, "`<table>`" + which + " has no header cells (`<th>`)",
                    "make each column's (or row's) heading a <th> with scope=\"col\" (or \"row\")");
        }
        for (HtmlTree.Element th : headers) {
            if (!SCOPES.contains(String.valueOf(th.attribute("scope")))) {
                report(th, "header cell " + quoted(th) + " in `<table>`" + which + " has no `scope`",
                        "write scope=\"col\" for a column's heading, scope=\"row\" for a row's");
            }
        }
    }

    private void link(HtmlTree.Element a, Map<String, HtmlTree.Element> ids) {
        String href = a.attribute("href");
        if (href == null) {
            return;
        }
        if (a.text().isEmpty() && !nonBlank(a.attribute("aria-label"))) {
            report(a, "the link to `" + href + "` has no text", "put words in the link that say where it goes");
        }
        if (href.startsWith("#") && href.length() > 1 && !ids.containsKey(href.substring(1))) {
            report(a, "the link to `" + href + "` goes nowhere: no element on the page has that ID",
                    "link to an ID the page has, or give the element that ID");
        }
    }

    private static void collectOutermost(HtmlTree.Element element, String name, List<HtmlTree.Element> found) {
        if (element.name.equals(name)) {
            found.add(element);
            return;
        }
        for (HtmlTree.Element child : element.elements()) {
            collectOutermost(child, name, found);
        }
    }

    private static boolean decorative(HtmlTree.Element element) {
        String role = element.attribute("role");
        return "true".equals(element.attribute("aria-hidden")) || "presentation".equals(role) || "none".equals(role);
    }

    private static boolean nonBlank(String text) {
        return text != null && !text.isBlank();
    }

    private static String skipped(int from, int to) {
        return from == to ? "h" + from : "h" + from + " to h" + to;
    }

    /** An element's text in quotation marks, shortened to 60 characters. */
    private static String quoted(HtmlTree.Element element) {
        String text = element.text();
        return "“" + (text.length() > 60 ? text.substring(0, 59) + "…" : text) + "”";
    }

    private void report(HtmlTree.Element element, String message, String hint) {
        report(element.line, element.column, message, hint);
    }

    private void report(int line, int column, String message, String hint) {
        findings.add(new Diagnostic(new SourceRef(file, line, column), VerifyCheck.HTML.id(),
                VerifyCheck.HTML.severity(), message, hint, Diagnostic.PLAN));
    }
}
