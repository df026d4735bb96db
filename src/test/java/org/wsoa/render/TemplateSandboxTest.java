package org.wsoa.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsoa.load.PlanFixtures;
import org.wsoa.resolve.ResolvedPlan;

/**
 * Issue 10, point 9: a council's template that loops for ever, recurses or writes without end is
 * stopped by the sandbox's limits, with a message that names the template and, where FreeMarker
 * can say, the line.
 */
class TemplateSandboxTest {

    private static final TemplateLimits ONE_SECOND = new TemplateLimits(Duration.ofSeconds(1), 32_000_000, 200);

    @TempDir
    Path temp;

    private static ResolvedPlan tiny;

    @BeforeAll
    static void load() {
        tiny = PlanFixtures.resolved(PlanFixtures.TINY);
    }

    /** The tiny plan's page, with the council's risks.ftlh replaced by {@code risks}. */
    private String render(String risks, TemplateLimits limits) throws IOException, RenderException {
        Path templates = Files.createDirectories(temp.resolve("templates"));
        Files.writeString(templates.resolve("risks.ftlh"), risks);
        return new HtmlRenderer(Templates.create(templates, limits)).render(tiny);
    }

    private String risks() {
        return temp.resolve("templates").resolve("risks.ftlh").toString();
    }

    @Test
    void aLoopThatWritesForEverStopsAtItsTimeWithItsLine() {
        // One character in a thousand turns: on a fast machine, time runs out long before the 32 MB of text.
        assertThatThrownBy(() -> render("<p>\n<#list 1..1000000000000 as i>${(i % 1000 == 0)?then('.', '')}</#list>\n</p>\n", ONE_SECOND))
                .isInstanceOf(RenderException.class)
                .hasMessage(risks() + ":2:30: the templates did not finish within 1 seconds (the limit): a loop that"
                        + " never ends?");
    }

    @Test
    void aLoopThatWritesNothingIsInterruptedAtItsTime() {
        long start = System.nanoTime();

        assertThatThrownBy(() -> render("<p>\n<#list 1..1000000000000 as i><#assign x = i></#list>\n</p>\n", ONE_SECOND))
                .isInstanceOf(RenderException.class)
                .hasMessageStartingWith(risks() + ":2:")
                .hasMessageEndingWith(": the templates did not finish within 1 seconds (the limit): a loop that never ends?");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("wsoa-template") && t.isAlive());
    }

    @Test
    void aPageThatWouldBeTooLongStopsAtTheLimitWithItsLine() {
        TemplateLimits small = new TemplateLimits(Duration.ofSeconds(60), 100_000, 200);

        assertThatThrownBy(() -> render("<p>\n<#list 1..100000 as i>xxxxxxxxxx</#list>\n</p>\n", small))
                .isInstanceOf(RenderException.class)
                .hasMessage(risks() + ":2:23: the templates write more than 100000 characters (the limit): a loop that"
                        + " never ends?");
    }

    @Test
    void aMacroThatCallsItselfAndWritesStopsAtTheDepthLimitWithItsLine() {
        assertThatThrownBy(() -> render("<#macro deeper n>\n<i>${n}</i><@deeper n + 1/>\n</#macro>\n<@deeper 0/>\n",
                ONE_SECOND))
                .isInstanceOf(RenderException.class)
                .hasMessage(risks() + ":2:1: the templates nest macro calls, includes and directives more than 200 deep"
                        + " (the limit): a macro that calls itself without end?");
    }

    @Test
    void aFunctionThatCallsItselfSilentlyEndsInAMessageNotACrash() {
        assertThatThrownBy(() -> render("<#function f n><#return f(n + 1)></#function>\n${f(0)}\n", ONE_SECOND))
                .isInstanceOf(RenderException.class)
                .hasMessage("templates/plan.ftlh: the templates nest macro or function calls too deeply to finish:"
                        + " a macro or function that calls itself without end?");
    }

    @Test
    void theBuiltInTemplatesFitWellWithinTheDefaultLimits() throws RenderException {
        TemplateLimits tight = new TemplateLimits(Duration.ofSeconds(10), 1_000_000, 20);

        assertThat(new HtmlRenderer(Templates.create(null, tight)).render(PlanFixtures.resolved(Path.of("plans/bcp-wsoa-2021"))))
                .isEqualTo(new HtmlRenderer(Templates.create(null)).render(PlanFixtures.resolved(Path.of("plans/bcp-wsoa-2021"))));
    }
}
