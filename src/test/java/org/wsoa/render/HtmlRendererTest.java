package org.wsoa.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.wsoa.load.PlanFixtures;
import org.wsoa.load.PlanLoader;
import org.wsoa.resolve.ResolvedPlan;

class HtmlRendererTest {

    /** Run with -Dwsoa.updateGolden=true to rewrite the golden files after a deliberate change. */
    private static final boolean UPDATE = Boolean.getBoolean("wsoa.updateGolden");

    @TempDir
    Path temp;

    private static ResolvedPlan load(Path dir) {
        return PlanFixtures.resolved(dir);
    }

    private static String render(ResolvedPlan plan) throws RenderException {
        return new HtmlRenderer(Templates.create(null)).render(plan);
    }

    @Test
    void theTinyPlanMatchesItsGoldenFile() throws Exception {
        String html = render(load(PlanFixtures.TINY));
        Path golden = Path.of("src/test/resources/render/tiny.html");
        if (UPDATE) {
            Files.writeString(golden, html, StandardCharsets.UTF_8);
        }
        assertThat(html).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    /**
     * A council's own conventions: short names in the table cells (full names on the cover and in the
     * glossary), an item not yet costed and paid for by a funding stream, and its own risk matrix, on
     * which R1's score of 12 is High (Medium on the standard one). Its golden page is written with the
     * update flag.
     */
    @Test
    void aPlanInItsCouncilsOwnConventionsMatchesItsGoldenFile() throws Exception {
        String html = render(load(Path.of("src/test/resources/plans/tiny-council-conventions")));
        Path golden = Path.of("src/test/resources/render/tiny-council-conventions.html");
        if (UPDATE) {
            Files.writeString(golden, html, StandardCharsets.UTF_8);
        }
        assertThat(html).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        assertThat(html).contains("<li>NHS Exampleshire Integrated Care Board (Exampleshire ICB)</li>")
                .contains("<dt>Exampleshire ICB</dt><dd>NHS Exampleshire Integrated Care Board</dd>")
                .contains("<h3 id=\"board-sib\">SEND Improvement Board (SIB)</h3>")
                .contains("<td>Exampleshire ICB, Exampleshire Parent Carer Forum</td>")
                .contains("<tr><td>Outreach from special schools</td><td>High Needs Block</td>"
                        + "<td class=\"money\" colspan=\"3\">Not yet costed</td></tr>")
                .contains("<td class=\"money\">£230,000 plus 1 item not yet costed</td>")
                .contains("Risks to delivery, rated by likelihood times impact (each 1 to 5): scores of 1 to 4 are Low,"
                        + " 5 to 11 Medium, 12 to 25 High")
                .contains("<strong class=\"tag risk-high\">High (12)</strong>");
    }

    /** Each kind of the 2023 framework prints in its own words: its golden page, written with the update flag. */
    @ParameterizedTest
    @ValueSource(strings = {"tiny-priority-action-plan", "tiny-strategic-plan"})
    void theKindsOfThe2023FrameworkMatchTheirGoldenFiles(String fixture) throws Exception {
        String html = render(load(Path.of("src/test/resources/plans", fixture)));
        Path golden = Path.of("src/test/resources/render", fixture + ".html");
        if (UPDATE) {
            Files.writeString(golden, html, StandardCharsets.UTF_8);
        }
        assertThat(html).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @Test
    void theTitleIsPrintedExactlyAsWrittenAndTheAreaIsNotAddedToIt() throws Exception {
        Path plan = PlanFixtures.copy(PlanFixtures.TINY, temp.resolve("titled"));
        PlanFixtures.edit(plan, "plan.yaml", "title: Written Statement of Action",
                "title: \"  Exampleshire Local Area SEND Written Statement of Action \"");

        String html = new HtmlRenderer(Templates.create(null)).render(load(plan), true);

        assertThat(html).contains("<title>Exampleshire Local Area SEND Written Statement of Action</title>")
                .contains("<div class=\"running-header\">Exampleshire Local Area SEND Written Statement of Action</div>")
                .contains("<h1>Exampleshire Local Area SEND Written Statement of Action</h1>")
                .doesNotContain("Exampleshire: ").doesNotContain(": Exampleshire");
    }

    @Test
    void withoutATitleThePlanIsCalledByItsAreaAndKind() throws Exception {
        Path plan = PlanFixtures.copy(PlanFixtures.TINY, temp.resolve("untitled"));
        PlanFixtures.edit(plan, "plan.yaml", "title: Written Statement of Action", "");

        String html = render(load(plan));

        assertThat(html).contains("<title>Exampleshire Written Statement of Action</title>")
                .contains("<h1>Exampleshire Written Statement of Action</h1>");
    }

    @Test
    void aPriorityActionPlanSpeaksOfItsOutcomeNotOfSignificantWeakness() throws Exception {
        String html = render(load(PlanFixtures.TINY_PRIORITY_ACTION_PLAN));

        assertThat(html).doesNotContainIgnoringCase("significant weakness")
                .contains("<h2 id=\"inspection-title\">The inspection and its outcome</h2>")
                .contains("<li><a href=\"#inspection\">The inspection and its outcome</a></li>")
                .contains("<blockquote class=\"outcome\"><p>There are widespread and/or systemic failings leading to"
                        + " significant concerns about the experiences and outcomes of children and young people with"
                        + " SEND, which the local area partnership must address urgently.</p></blockquote>")
                .contains("<p>The report names 1 area for priority action:</p>")
                .contains("on or about <time datetime=\"2026-05-11\">Monday 11 May 2026</time>")
                .contains("Friday 14 February 2025, the date agreed for this plan by Ofsted on 20 November 2024.")
                .contains("<th scope=\"col\">Area</th>")
                .contains("<dt>Area for priority action</dt>")
                .contains("<strong class=\"tag status-complete\">Done before the plan</strong>")
                .contains("<td>Possible</td><td>Marginal</td><td><strong class=\"tag risk-medium\">Medium</strong></td>");
    }

    @Test
    void aLaterDateAgreedIsShownBesideTheStatutoryDeadlineWithWhoAgreedIt() throws Exception {
        Path plan = PlanFixtures.copy(PlanFixtures.TINY, temp.resolve("agreed"));
        PlanFixtures.edit(plan, "plan.yaml", "  # due: 2023-03-21 ", "  due: 2022-03-04\n  agreed-by: the DfE\n"
                + "  agreed-on: 2022-02-09\n  # ");

        String html = render(load(plan));

        assertThat(html).contains("<dt>Due</dt><dd><time datetime=\"2022-02-16\">Wednesday 16 February 2022</time>")
                .contains("<p class=\"deadline\"><strong>Deadline.</strong> 70 working days after Friday 5 November"
                        + " 2021, skipping the bank holidays 27 and 28 December 2021 and 3 January 2022: Wednesday 16"
                        + " February 2022. A later date, Friday 4 March 2022, was agreed by the DfE on 9 February 2022;"
                        + " it does not replace the statutory deadline.</p>");
    }

    @Test
    void theSamePlanGivesTheSameBytes() throws Exception {
        ResolvedPlan plan = load(Path.of("plans/bcp-wsoa-2021"));

        assertThat(render(plan)).isEqualTo(render(load(Path.of("plans/bcp-wsoa-2021"))));
    }

    @Test
    void isSelfContainedAndAccessibleInItsBones() throws Exception {
        String html = render(load(PlanFixtures.TINY));

        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">");
        assertThat(html).containsOnlyOnce("<h1>").contains("<a class=\"skip-link\" href=\"#main\">")
                .contains("<caption id=\"weakness-w1-actions\">Actions for W1</caption>")
                .contains("<th scope=\"col\">Lead</th>")
                .contains("<strong class=\"tag status-on-track\">On track</strong>")
                .contains("<time datetime=\"2022-05-31\">31 May 2022</time>")
                .contains("<time datetime=\"2022-02-14\">Monday 14 February 2022</time>")
                .doesNotContain("<script").doesNotContain("src=\"http").doesNotContain("href=\"http")
                .doesNotContain("@import").doesNotContain("url(");
    }

    @Test
    void expandsTheFirstUseOfEachAcronym() throws Exception {
        String html = render(load(PlanFixtures.TINY));

        assertThat(html).containsOnlyOnce("<abbr title=\"Education, health and care\">EHC</abbr> (Education, health and care)");
    }

    @Test
    void authorTextIsInert() throws Exception {
        Path plan = PlanFixtures.copy(PlanFixtures.TINY, temp.resolve("hostile"));
        PlanFixtures.edit(plan, "weaknesses/w1.yaml", "action: Recruit four more EHC coordinators.",
                "action: \"<script>alert(1)</script> {{ 7*7 }} ${7*7} <#assign x=1>\"");
        PlanFixtures.edit(plan, "weaknesses/w1.yaml", "impact: Caseloads fall below 150 per coordinator.",
                "impact: \"Read [this](javascript:alert(1)), [that](https://example.org), [mail](mailto:a@b.org),"
                        + " [data](data:text/html;base64,PHNjcmlwdD4=) and <img src=x onerror=alert(1)>\"");
        PlanFixtures.edit(plan, "introduction.md", "This plan", "<iframe src=\"https://evil.example\"></iframe> This plan");

        String html = render(load(plan));

        assertThat(html).doesNotContain("<script").doesNotContain("<iframe").doesNotContain("<img")
                .doesNotContain("javascript:").doesNotContain("data:text").doesNotContain("{{ 49")
                .doesNotContain(">49<");
        assertThat(html).contains("<td>&lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }} ${7*7} &lt;#assign x=1&gt;</td>");
        assertThat(html).contains("<td>Read this, <a href=\"https://example.org\">that</a>,"
                + " <a href=\"mailto:a@b.org\">mail</a>, data and &lt;img src=x onerror=alert(1)&gt;</td>");
        assertThat(html).contains("&lt;iframe src=&quot;https://evil.example&quot;&gt;&lt;/iframe&gt; This plan");
    }

    @Test
    void aCouncilCanReplaceOneTemplate() throws Exception {
        Path templates = Files.createDirectories(temp.resolve("templates"));
        Files.writeString(templates.resolve("signoff.ftlh"),
                "<section id=\"sign-off\"><h2>Signed</h2><p>Exampleshire ${plan.version}</p></section>\n");

        String html = new HtmlRenderer(Templates.create(templates)).render(load(PlanFixtures.TINY));

        assertThat(html).contains("<h2>Signed</h2><p>Exampleshire 1.0</p>").contains("<h2 id=\"contents-title\">Contents</h2>");
    }

    @Test
    void templatesCannotReachJava() throws Exception {
        Path templates = Files.createDirectories(temp.resolve("templates"));
        Files.writeString(templates.resolve("signoff.ftlh"),
                "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}\n");

        assertThatThrownBy(() -> new HtmlRenderer(Templates.create(templates)).render(load(PlanFixtures.TINY)))
                .isInstanceOf(RenderException.class)
                .hasMessageStartingWith(templates.resolve("signoff.ftlh") + ":1:")
                .hasMessageContaining("the template failed");
    }

    @Test
    void aTemplateErrorNamesTheTemplateLineAndColumn() throws Exception {
        Path templates = Files.createDirectories(temp.resolve("templates"));
        Files.writeString(templates.resolve("risks.ftlh"), "<p>\n  ${plan.nonsense.value}\n</p>\n");
        Files.writeString(templates.resolve("glossary.ftlh"), "<#if>\n");

        assertThatThrownBy(() -> new HtmlRenderer(Templates.create(templates)).render(load(PlanFixtures.TINY)))
                .isInstanceOf(RenderException.class)
                .hasMessageStartingWith(templates.resolve("risks.ftlh") + ":2:5: the template failed: ");
    }
}
