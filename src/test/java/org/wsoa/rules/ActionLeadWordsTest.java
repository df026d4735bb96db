package org.wsoa.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A lead named as a team or a role is recognised word by word, as the regular expression did, in one pass. */
class ActionLeadWordsTest {

    private static final Pattern REFERENCE = Pattern.compile(
            "\\b(team|service|services|board|group|department|directorate|forum|partnership|council|manager|officer"
                    + "|director|head of|lead|leads|coordinator|commissioner|all|tbc|various)\\b",
            Pattern.CASE_INSENSITIVE);

    @Test
    void agreesWithTheRegularExpressionOnRandomNames() {
        Random random = new Random(7L);
        String[] pieces = {"Head", "head", "of", "Of", " ", "  ", "SEND", "Team", "teams", "lead", "Leads", "Anna",
            "Morgan", "-", "_", "\u0301", "é", "all", "ALL", "K", "İ", "various", "(", ")"};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder name = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                name.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = name.toString();
            assertThat(ActionLeadCheck.namesARole(text)).as(text).isEqualTo(REFERENCE.matcher(text).find());
        }
    }

    @Test
    void aNameOfManyCombiningMarksIsReadInOnePass() {
        String name = "Anna" + "\u0301".repeat(100_000) + " Morgan";

        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(10), () -> ActionLeadCheck.namesARole(name))).isFalse();
    }
}
