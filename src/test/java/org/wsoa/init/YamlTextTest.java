package org.wsoa.init;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * What {@code wsoa init --from} writes reads back as the text it copied: any text, as a value, a
 * nested value or a list item, and whether it is written plain, quoted, folded or line by line.
 */
class YamlTextTest {

    private static final YAMLMapper YAML = new YAMLMapper();

    @Provide
    Arbitrary<String> texts() {
        // Prose with what YAML treats specially: indicators, colons, hashes, quotes, line breaks,
        // paragraphs, long lines, spaces at either end and the words YAML reads as true or null.
        Arbitrary<String> words = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12),
                Arbitraries.of("-", ":", ": ", "#", " #", "'", "\"", "[x]", "{y}", "*", "&", "!", "|", ">", "%", "@",
                        "`", "yes", "No", "null", "~", "3", "1.5", "2022-06-30", "\n", "\n\n", "\n- item", "  ", "\t",
                        "£1.5m", "é", "\\", "\u0007"));
        return words.list().ofMinSize(1).ofMaxSize(40).map(parts -> String.join(" ", parts));
    }

    @Property(tries = 400)
    void anyTextReadsBackAsWritten(@ForAll("texts") String text) throws IOException {
        StringBuilder out = new StringBuilder("top:\n");
        YamlText.text(out, "  ", "value", text);
        out.append("  list:\n");
        YamlText.item(out, "    ", text);

        JsonNode read = YAML.readTree(out.toString());

        assertThat(read.at("/top/value").asText()).isEqualTo(expected(text));
        assertThat(read.at("/top/list/0").asText()).isEqualTo(expected(text));
    }

    /** The text as read back: a short text written on one line loses a final line break, which means nothing in Markdown. */
    private static String expected(String text) {
        StringBuilder one = new StringBuilder();
        YamlText.text(one, "", "x", text);
        boolean onOneLine = !one.toString().startsWith("x: >") && !one.toString().startsWith("x: |");
        return onOneLine && !one.toString().startsWith("x: \"") && text.endsWith("\n")
                ? text.substring(0, text.length() - 1) : text;
    }

    @Test
    void writesShortTextPlainAndLongTextFoldedAtTheWidth() {
        StringBuilder out = new StringBuilder();
        YamlText.text(out, "", "title", "Leaders' evaluation of the local area");
        YamlText.text(out, "  ", "impact", "Families can see current waiting times and the support available;"
                + " fewer calls to chase referrals, and every school knows where to find it.\n");
        YamlText.text(out, "", "note", "yes");
        YamlText.text(out, "", "list", "Two things:\n\n- one\n- two");

        assertThat(out.toString()).isEqualTo("""
                title: Leaders' evaluation of the local area
                  impact: >
                    Families can see current waiting times and the support available; fewer calls to chase
                    referrals, and every school knows where to find it.
                note: "yes"
                list: |-
                  Two things:

                  - one
                  - two
                """);
    }

    @Test
    void writesIdsInFlowStyleAndQuotesThoseThatNeedIt() {
        assertThat(YamlText.ids(List.of("bcp", "ccg", "on", "3"))).isEqualTo("[bcp, ccg, \"on\", \"3\"]");
    }
}
