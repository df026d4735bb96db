package org.wsoa.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WholeReferencesTest {

    @Test
    void wrapsEachReferenceInTheBodysTextWithItsBrackets() {
        assertThat(WholeReferences.keep("<html><head><title>W1.1</title></head><body><p>Waits fall (K1.1), as W2.3"
                + " and W10.12 plan; W1 and 1.5 are left alone.</p></body></html>"))
                .isEqualTo("<html><head><title>W1.1</title></head><body><p>Waits fall"
                        + " <span class=\"nobreak\">(K1.1)</span>, as <span class=\"nobreak\">W2.3</span> and"
                        + " <span class=\"nobreak\">W10.12</span> plan; W1 and 1.5 are left alone.</p></body></html>");
    }

    @Test
    void leavesAttributesAndSvgAlone() {
        String page = "<body><a href=\"#W1.1\" title=\"W1.1\">x</a><svg><text>K1.1</text></svg></body>";
        assertThat(WholeReferences.keep(page)).isEqualTo(page);
    }
}
