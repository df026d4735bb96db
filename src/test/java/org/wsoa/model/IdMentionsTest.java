package org.wsoa.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdMentionsTest {

    private static final Set<String> PLAN = Set.of("W", "K", "R");

    private static List<String> ids(String text) {
        return IdMentions.in(text, PLAN).stream().map(IdMentions.Mention::id).toList();
    }

    @Test
    void findsIdsInBracketsAfterWordsAndWithPartsAfterADot() {
        assertThat(ids("Caseloads fall (K1.2), once action W2.7 and W2.SC1 are done; see R3.")).containsExactly(
                "K1.2", "W2.7", "W2.SC1", "R3");
    }

    @Test
    void givesWhereEachMentionIs() {
        assertThat(IdMentions.in("see (K1.2).", PLAN)).containsExactly(new IdMentions.Mention(5, 9, "K1.2"));
    }

    @Test
    void takesNoWordWhoseCapitalsBeginNoIdOfThePlan() {
        assertThat(ids("Pupils in KS2 and KS4, on the A46, with NHS and EHC plans.")).isEmpty();
    }

    @Test
    void readsNothingInsideWordsAddressesLinksCodeOrAfterAKeepMark() {
        assertThat(ids("aW2 W2x https://x.gov.uk/W2.7 [W3](https://x.org/W4) `W5` <https://x.org/W6> \\W8 W9-a"
                + " mail@W1.org")).isEmpty();
    }

    @Test
    void leavesTheFullStopThatEndsASentenceOut() {
        assertThat(ids("It follows W2.")).containsExactly("W2");
    }

    @Test
    void thePrefixOfAnIdIsItsCapitalsAndNothingForAnotherShape() {
        assertThat(IdMentions.prefix("W2.SC1")).isEqualTo("W");
        assertThat(IdMentions.prefix("SC1")).isEqualTo("SC");
        assertThat(IdMentions.prefix("amorgan")).isEmpty();
        assertThat(IdMentions.prefix("W1-2")).isEmpty();
    }

    @Test
    void aTextWithoutACapitalBeforeADigitMentionsNothingAndIsPassedOver() {
        assertThat(ids("W1")).containsExactly("W1");
        assertThat(ids("see SC12")).isEmpty();
        assertThat(IdMentions.hasCapitalThenDigit("W1")).isTrue();
        assertThat(IdMentions.hasCapitalThenDigit("Action 1 of weakness 1, by 2023")).isFalse();
        assertThat(IdMentions.hasCapitalThenDigit("w1 W 1 1W")).isFalse();
        // Passing over the texts that fail the test loses no mention: the same as reading every text.
        java.util.Random random = new java.util.Random(16L);
        String[] pieces = {"W", "K", "R", "SC", "1", "2", ".", " ", "(", ")", "`", "[", "]", "<", ">", "a", "/", "\\", "-"};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(10); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertThat(IdMentions.in(text.toString(), PLAN)).as(text.toString())
                    .isEqualTo(IdMentions.scan(text.toString(), PLAN));
        }
    }
}
