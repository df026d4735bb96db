package org.wsoa.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The loader's measure of Markdown nesting refuses every text that CommonMark (the parser the
 * published page uses) would nest deeper than the limit, never hands it a hostile one, and counts
 * ordinary text as shallow.
 */
class MarkdownNestingTest {

    private static final Parser COMMONMARK = Parser.builder().build();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Plain text, with a full stop. And 3.5 per cent. | 0",
        "*emphasis* and **strong** and [a link](https://example.org). | 2",
        "snake_case_names and 2*3*4 | 1",
        "- one\\n- two\\n- three\\n- four | 1",
        "- one\\n  - nested\\n    - deeper | 3",
        "> quoted\\n> still quoted | 1",
        "> > > three quotes | 3",
        "1. first\\n2. second\\n10. tenth | 1",
        "*a **b** c* | 3",
        "*unclosed\\n\\n*unclosed\\n\\n*unclosed | 1"})
    void estimates(String text, int depth) {
        assertThat(MarkdownNesting.estimate(text.replace("\\n", "\n"))).isEqualTo(depth);
    }

    @Test
    void twentyQuotesAreTwentyLevels() {
        assertThat(MarkdownNesting.depth("> ".repeat(20) + "deep", 20)).isEqualTo(20);
        assertThat(MarkdownNesting.depth(">".repeat(21) + "deep", 20)).isEqualTo(21);
    }

    /** Small limits, so that short random texts go beyond them by both ways of measuring. */
    @Test
    void refusesEveryTextThatCommonMarkNestsDeeperThanTheLimit() {
        Random random = new Random(3L);
        String[] pieces = {"> ", ">", "- ", "* ", "+ ", "1. ", "2) ", "  ", "    ", "\t", "\n", "\n\n", "*", "**", "_", "__",
            "[", "]", "](u)", "![", "a", "b c", "\\*", "`", "x*", "*y", "_z_", ".", "1"};
        for (int round = 0; round < 30_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String markdown = text.toString();
            int limit = 1 + random.nextInt(4);
            if (commonMarkDepth(COMMONMARK.parse(markdown)) > limit) {
                assertThat(MarkdownNesting.depth(markdown, limit)).as(markdown.replace("\n", "\\n")).isGreaterThan(limit);
            }
        }
    }

    @Test
    void hostileNestingIsMeasuredInOnePass() {
        int n = 400_000;
        for (String text : new String[] {"- ".repeat(n) + "x", "> ".repeat(n) + "x", "1. ".repeat(n) + "x",
            "*a _b ".repeat(n / 4) + "c" + " d_ e*".repeat(n / 4), "[a ".repeat(n) + "x" + "](u) ".repeat(n)}) {
            int depth = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> MarkdownNesting.depth(text, 20));
            assertThat(depth).isGreaterThan(InputLimits.MAX_MARKDOWN_DEPTH);
        }
        StringBuilder indented = new StringBuilder();
        for (int i = 0; i < 4_000; i++) {
            indented.append(" ".repeat(i * 2)).append("- x\n");
        }
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(20), () -> MarkdownNesting.depth(indented.toString(), 20)))
                .isGreaterThan(InputLimits.MAX_MARKDOWN_DEPTH);
    }

    /** The levels CommonMark builds: quotes, lists, emphasis and links within each other. */
    private static int commonMarkDepth(Node node) {
        int deepest = 0;
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            deepest = Math.max(deepest, commonMarkDepth(child));
        }
        boolean counts = node instanceof BlockQuote || node instanceof ListBlock || node instanceof Emphasis
                || node instanceof StrongEmphasis || node instanceof Link || node instanceof Image;
        return deepest + (counts ? 1 : 0);
    }
}
