package org.wsoa.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A date or number still to decide is written as a placeholder value, {@code [insert ...]}, as
 * {@code wsoa init} and {@code wsoa close --start} write it; the loader recognises it by a hand scan.
 */
class PlaceholderValueTest {

    @ParameterizedTest
    @ValueSource(strings = {"[insert the new due date]", "[Insert]", "[ INSERT the target ]", "[insert]",
        "[\tinsert: a date]", "[insert-date]"})
    void aWholeValueInBracketsStartingWithInsertIsAPlaceholder(String value) {
        assertThat(MappingReader.isPlaceholder(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[", "[]", "insert the date", "[inserted date]", "[insert the date] later",
        "see [insert the date]", "[insert [the] date]", "[insert the date", "[ins]", "[insert_date]", "[insert2]",
        "[to insert]"})
    void anythingElseIsNot(String value) {
        assertThat(MappingReader.isPlaceholder(value)).isFalse();
    }
}
