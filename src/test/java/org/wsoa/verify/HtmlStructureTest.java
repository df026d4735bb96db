package org.wsoa.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsoa.diagnostic.Diagnostic;

/** Issue 15, point 16: what a council's templates can break in the published page's structure. */
class HtmlStructureTest {

    private static List<String> findings(String page) {
        return HtmlStructure.check("out/p.html", page.getBytes(StandardCharsets.UTF_8)).stream()
                .map(d -> d + (d.hint() == null ? "" : " | " + d.hint())).toList();
    }

    private static String page(String body) {
        return "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head><title>T</title></head>\n<body>\n" + body + "\n</body>\n</html>\n";
    }

    @Test
    void theGoldenPagesOfTheTinyPlansHaveNoFindings() throws Exception {
        for (String golden : List.of("tiny.html", "tiny-priority-action-plan.html", "tiny-strategic-plan.html")) {
            byte[] page = Files.readAllBytes(Path.of("src/test/resources/render", golden));
            assertThat(HtmlStructure.check(golden, page)).as(golden).isEmpty();
        }
    }

    @Test
    void aPageWithEverythingInPlaceHasNoFindings() {
        assertThat(findings(page("""
                <a href="#main">Skip to the plan</a>
                <main id="main"><h1>Plan</h1><h2 id="a">Area</h2><h3>Actions</h3><h2>Risks</h2>
                <img src="crest.png" alt="The council's crest"/><img src="rule.png" alt=""/>
                <svg role="img" aria-labelledby="c-title"><title id="c-title">KPI chart</title></svg>
                <svg aria-hidden="true"><circle r="1"/></svg>
                <table><caption>Actions</caption><tr><th scope="col">ID</th></tr><tr><td>W1.1</td></tr></table>
                <a href="https://example.org/"><img src="x.png" alt="Example"/></a></main>"""))).isEmpty();
    }

    @Test
    void aSkippedHeadingLevelASecondH1AndAnEmptyHeadingAreFoundWhereTheyAre() {
        assertThat(findings(page("<h1>Plan</h1>\n<h2>Area</h2>\n<h4>Actions</h4>\n<h1>Again</h1>\n<h3> </h3>"))).containsExactly(
                "out/p.html:7:1: error[verify-html]: `<h4>` “Actions” follows `<h2>` “Area” (line 6), skipping h3"
                        + " | use <h3>, or add the heading level in between",
                "out/p.html:8:1: error[verify-html]: a second `<h1>` “Again” (the first is on line 5); the page has one"
                        + " main heading | make it an <h2> or lower",
                "out/p.html:9:1: error[verify-html]: `<h3>` has no text | give the heading its words, or remove it",
                "out/p.html:9:1: error[verify-html]: `<h3>` “” follows `<h1>` “Again” (line 8), skipping h2"
                        + " | use <h2>, or add the heading level in between");
    }

    @Test
    void aPageWithoutLanguageOrH1() {
        assertThat(findings("<html><body><h2>Area</h2></body></html>")).containsExactly(
                "out/p.html:1:1: error[verify-html]: `<html>` has no `lang`, so screen readers cannot tell which language"
                        + " the page is in | write <html lang=\"en-GB\"> in plan.ftlh",
                "out/p.html:1:1: error[verify-html]: the page has no `<h1>`, the plan's title that a screen reader's user"
                        + " jumps to first | give the page one <h1>, as cover.ftlh does");
    }

    @Test
    void imagesAndChartsWithoutTextAlternatives() {
        assertThat(findings(page("<h1>Plan</h1>\n<p>Our crest: <img src=\"crest.png\"/></p>\n"
                + "<svg role=\"img\"><rect/></svg>\n<svg aria-label=\"KPI chart\"/>\n"
                + "<svg role=\"img\" aria-labelledby=\"nowhere\"/>"))).containsExactly(
                "out/p.html:6:15: error[verify-html]: `<img src=\"crest.png\">` has no `alt` text | give it alt=\"...\""
                        + " saying what it shows, or alt=\"\" if it is only decoration",
                "out/p.html:7:1: error[verify-html]: `<svg>` has no text alternative | give it role=\"img\" and a <title>,"
                        + " aria-label or aria-labelledby; or aria-hidden=\"true\" if it is only decoration",
                "out/p.html:8:1: error[verify-html]: `<svg>` has no text alternative that screen readers announce: it has"
                        + " no role=\"img\" | give it role=\"img\" and a <title>, aria-label or aria-labelledby; or"
                        + " aria-hidden=\"true\" if it is only decoration",
                "out/p.html:9:1: error[verify-html]: `<svg>` is labelled by `nowhere`, which no element on the page has"
                        + " | point aria-labelledby at the ID of the chart's <title> or description");
    }

    @Test
    void tablesWithoutCaptionHeaderCellsOrScopes() {
        assertThat(findings(page("<h1>Plan</h1>\n<table><tr><td>1</td></tr></table>\n"
                + "<table><caption>KPIs</caption><tr><th>KPI</th><th scope=\"col\">Target</th></tr></table>"))).containsExactly(
                "out/p.html:6:1: error[verify-html]: `<table>` has no `<caption>` | say what the table shows in a"
                        + " <caption>, the table's first element",
                "out/p.html:6:1: error[verify-html]: `<table>` has no header cells (`<th>`) | make each column's (or"
                        + " row's) heading a <th> with scope=\"col\" (or \"row\")",
                "out/p.html:7:35: error[verify-html]: header cell “KPI” in `<table>` “KPIs” has no `scope` | write"
                        + " scope=\"col\" for a column's heading, scope=\"row\" for a row's");
    }

    @Test
    void linksWithoutTextOrTargetAndIdsUsedTwice() {
        assertThat(findings(page("<h1 id=\"top\">Plan</h1>\n<p id=\"top\">x</p>\n<a href=\"https://example.org/\"> </a>\n"
                + "<a href=\"#gone\">Risks</a>\n<a href=\"#top\" aria-label=\"Back to the top\"><svg aria-hidden=\"true\"/></a>")))
                .containsExactly(
                        "out/p.html:6:1: error[verify-html]: the ID `top` is used again (first on line 5); links and"
                                + " labels that point at it reach only the first | give each element its own ID",
                        "out/p.html:7:1: error[verify-html]: the link to `https://example.org/` has no text | put words"
                                + " in the link that say where it goes",
                        "out/p.html:8:1: error[verify-html]: the link to `#gone` goes nowhere: no element on the page has"
                                + " that ID | link to an ID the page has, or give the element that ID");
    }

    @Test
    void aPageThatIsNotXhtmlIsOneFindingAndNoEntityIsFetched() {
        assertThat(findings(page("<h1>Plan</h1>\n<p>One<br>two</p>"))).containsExactly(
                "out/p.html:6:16: error[verify-html]: the page is not well-formed XHTML, so its structure could not be"
                        + " checked: The element type \"br\" must be terminated by the matching end-tag \"</br>\". | the"
                        + " templates must write XHTML: close every element (<br/>), quote every attribute, and write & as &amp;");
        List<Diagnostic> external = HtmlStructure.check("out/p.html", ("<!DOCTYPE html [<!ENTITY x SYSTEM"
                + " \"file:///etc/passwd\">]><html lang=\"en\"><body><h1>&x;</h1></body></html>").getBytes(StandardCharsets.UTF_8));
        assertThat(external).extracting(Diagnostic::message).noneMatch(m -> m.contains("root:"));
    }
}
