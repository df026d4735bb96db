package org.wsoa.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OutputNameTest {

    @Test
    void theMadeNameIsTheAreaTheKindAndTheYearTheReportWasReceived() {
        assertThat(OutputName.made("Bournemouth, Christchurch and Poole", PlanKind.WSOA, LocalDate.of(2021, 8, 31)))
                .isEqualTo("bournemouth-christchurch-and-poole-wsoa-2021");
        assertThat(OutputName.made("  Ynys Môn ", PlanKind.PRIORITY_ACTION_PLAN, LocalDate.of(2025, 2, 5)))
                .isEqualTo("ynys-mon-priority-action-plan-2025");
        assertThat(OutputName.made("St. Helens (Merseyside)", PlanKind.APP, null)).isEqualTo("st-helens-merseyside-app");
        assertThat(OutputName.made("—", PlanKind.STRATEGIC_PLAN, LocalDate.of(2026, 1, 9)))
                .isEqualTo("plan-strategic-plan-2026");
    }

    @Test
    void aLongAreaGivesItsWholeWordsUpToFortyEightCharacters() {
        assertThat(OutputName.made("North East Lincolnshire and the Very Long Name of Somewhere Else", PlanKind.WSOA,
                LocalDate.of(2021, 1, 4))).isEqualTo("north-east-lincolnshire-and-the-very-long-name-wsoa-2021");
    }

    @Test
    void aNameFollowsTheRuleForIdsAndIsNotAWindowsDevice() {
        assertThat(OutputName.isWellFormed("bcp-wsoa-2021")).isTrue();
        assertThat(OutputName.isWellFormed("siân.v2")).isTrue();
        assertThat(OutputName.isWellFormed("com10")).isTrue();
        assertThat(OutputName.isWellFormed("../plan")).isFalse();
        assertThat(OutputName.isWellFormed("plans/bcp")).isFalse();
        assertThat(OutputName.isWellFormed(".hidden")).isFalse();
        assertThat(OutputName.isWellFormed("Con")).isFalse();
        assertThat(OutputName.isWellFormed("nul.final")).isFalse();
        assertThat(OutputName.isWellFormed("LPT1")).isFalse();
        assertThat(OutputName.isWellFormed("a".repeat(65))).isFalse();
    }
}
