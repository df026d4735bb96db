package org.wsoa.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class XmlTest {

    /** One decimal at most, never an exponent, and a number between -1 and 0 keeps its sign. */
    @Test
    void numbersForSvgAttributes() {
        assertThat(List.of(0.0, 3.0, 3.14, 3.15, 1234567.0, -0.04, -0.5, -1.5, -12.0, 0.05))
                .extracting(Xml::num)
                .containsExactly("0", "3", "3.1", "3.2", "1234567", "0", "-0.5", "-1.5", "-12", "0.1");
    }

    @Test
    void escapesTheFiveCharactersOfMarkup() {
        assertThat(Xml.escape("<a href=\"x\">Tom & Jerry's</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
        assertThat(Xml.escape(null)).isEmpty();
    }
}
