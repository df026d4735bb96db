package org.wsoa.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The documented ID rule, and the anchors and keys by which IDs that could not be told apart collide. */
class IdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"W1", "W1.3", "K2", "amorgan", "3", "sib-2022", "w_1", "siân", "e\u0301", "東京"})
    void wellFormedIds(String id) {
        assertThat(Ids.isWellFormed(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "W 1", ".W1", "-1", "_a", "W1/2", "<script>", "W1\u0000", "\u0301e",
        "a123456789a123456789a123456789a123456789a123456789a123456789abcde"})
    void illFormedIds(String id) {
        assertThat(Ids.isWellFormed(id)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"W1.3, w1-3", "W1-3, w1-3", "W1__3, w1-3", "SIB, sib", "Siân, siân"})
    void anchorsAreLowerCaseWithEachRunOfPunctuationAHyphen(String id, String anchor) {
        assertThat(Ids.anchor(id)).isEqualTo(anchor);
    }

    @ParameterizedTest
    @CsvSource({"W1, w1", "W1.1, W1_1", "\uFF37\uFF11, W1", "e\u0301, \u00e9"})
    void idsThatCannotBeToldApartShareAKey(String one, String other) {
        assertThat(Ids.key(one)).isEqualTo(Ids.key(other));
    }

    @ParameterizedTest
    @CsvSource({"W1, W2", "W1.1, W11", "siân, sian"})
    void differentIdsHaveDifferentKeys(String one, String other) {
        assertThat(Ids.key(one)).isNotEqualTo(Ids.key(other));
    }
}
