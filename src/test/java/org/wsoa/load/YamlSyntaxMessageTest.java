package org.wsoa.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The parts of a syntax error's message that no fixture case reaches: SnakeYAML's own words for a
 * slip wsoa has no message of its own for, and the by-hand reading of the line the slip is on.
 */
class YamlSyntaxMessageTest {

    @Test
    void snakeYamlsWordsLoseItsInternalNamesAndCodePointNumbers() {
        assertThat(YamlSyntaxMessage.general("expected alphabetic or numeric character, but found ?(63)",
                "while scanning an anchor"))
                .isEqualTo("expected alphabetic or numeric character, but found `?` (while scanning an anchor)");
        assertThat(YamlSyntaxMessage.general("expected <block end>, but found '<scalar>'", ""))
                .isEqualTo("expected the end of the block, but found text");
        assertThat(YamlSyntaxMessage.general("found é(233) and found (x)", "")).isEqualTo("found `é` and found (x)");
    }

    @Test
    void aKeyIsReadAfterItsIndentationAndListDashes() {
        assertThat(YamlLine.key("  - impact: Target: every phase")).isEqualTo(new YamlLine.Key("impact", 11));
        assertThat(YamlLine.key("title:")).isEqualTo(new YamlLine.Key("title", 6));
        assertThat(YamlLine.key("  \"quoted\": x")).isNull();
        assertThat(YamlLine.key("url:https://example.org: x")).isNull();
        assertThat(YamlLine.key("note # not: a key")).isNull();
    }

    @Test
    void aKeyWithoutASpaceAfterItsColonIsToldFromAWebAddress() {
        assertThat(YamlLine.keyWithoutSpace("    due:2022-05-31"))
                .isEqualTo(new YamlLine.KeyWithoutSpace("due", "2022-05-31"));
        assertThat(YamlLine.keyWithoutSpace("due: 2022-05-31")).isNull();
        assertThat(YamlLine.keyWithoutSpace("due:")).isNull();
    }

    @Test
    void theBlockIndicatorIsReadWithItsMarksOrAsWritten() {
        assertThat(YamlLine.blockIndicator("intent: >- Families", false)).isEqualTo(">-");
        assertThat(YamlLine.blockIndicator("finding: >x", true)).isEqualTo(">x");
        assertThat(YamlLine.blockIndicator("title: Plan: |2 x", false)).isEqualTo("|2");
        assertThat(YamlLine.blockIndicator("no indicator", false)).isEqualTo(">");
    }

    @Test
    void linesAreSplitWhereSnakeYamlCountsThem() {
        assertThat(YamlLine.lines("a\r\nb\rc\nd\u2028e\u0085")).containsExactly("a", "b", "c", "d", "e", "");
    }
}
