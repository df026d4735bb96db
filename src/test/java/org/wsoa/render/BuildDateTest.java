package org.wsoa.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsoa.load.PlanFixtures;
import org.wsoa.model.Plan;

/** The date in the PDF: SOURCE_DATE_EPOCH within the years a PDF can record, else the plan's own latest date. */
class BuildDateTest {

    private static Plan plan;

    @BeforeAll
    static void tiny() {
        plan = PlanFixtures.resolved(PlanFixtures.TINY).plan();
    }

    @Test
    void withoutSourceDateEpochItIsThePlansLatestDate() throws RenderException {
        assertThat(BuildDate.of(plan, null)).isEqualTo(Instant.parse("2022-02-14T00:00:00Z"));
    }

    @Test
    void sourceDateEpochIsTakenFromTheStartOf1970ToTheEndOf9999() throws RenderException {
        assertThat(BuildDate.of(plan, "0")).isEqualTo(Instant.EPOCH);
        assertThat(BuildDate.of(plan, " 1700000000\n")).isEqualTo(Instant.parse("2023-11-14T22:13:20Z"));
        assertThat(BuildDate.of(plan, "253402300799")).isEqualTo(Instant.parse("9999-12-31T23:59:59Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"253402300800", "99999999999999999999999", "-1", "+5", "1e9", "١٢٣", "yesterday"})
    void anythingElseIsAClearError(String value) {
        assertThatThrownBy(() -> BuildDate.of(plan, value))
                .isInstanceOf(RenderException.class)
                .hasMessage("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 (UTC), from 0 to"
                        + " 253402300799 (the end of 9999), not `" + value + "`");
    }

    @Test
    void aLongValueIsQuotedInPart() {
        assertThatThrownBy(() -> BuildDate.of(plan, "9".repeat(100)))
                .hasMessageEndingWith("not `" + "9".repeat(30) + "...`");
    }
}
