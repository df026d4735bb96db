package org.wsoa.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Placeholders are found in one pass, in the same places as the regular expression that found them
 * before (kept here as the reference), and in time that grows with the text, not its square.
 */
class PlaceholdersTest {

    /** The regular expression the check used, with its \b that walks back over every combining mark. */
    private static final Pattern REFERENCE = Pattern.compile(
            "\\b(?:TBC|TBD|TBA)\\b|\\bXXX+\\b|\\?\\?\\?+|\\[\\s*insert\\b[^\\]]*\\]", Pattern.CASE_INSENSITIVE);

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "Lead: TBC. | TBC",
        "date tbd | tbd",
        "(Tba) | Tba",
        "TBCs are not placeholders | none",
        "xxxx | xxxx",
        "xx | none",
        "what??? | ???",
        "what?? | none",
        "[ insert the name here ] | [ insert the name here ]",
        "[insertion] | none",
        "[insert no closing bracket | none",
        "TBC\u0301 | none",
        "caf\u00e9 TBD | TBD"})
    void findsWhatTheRegularExpressionFound(String text, String placeholder) {
        assertThat(Placeholders.find(text)).isEqualTo(placeholder);
        assertThat(reference(text)).isEqualTo(placeholder);
    }

    @Test
    void aHundredThousandCombiningMarksTakeMillisecondsNotMinutes() {
        String text = "a" + "\u0301".repeat(100_000) + " TBC";

        String found = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Placeholders.find(text));

        assertThat(found).isEqualTo("TBC");
    }

    @Test
    void manyOpenInsertsWithoutAClosingBracketTakeOnePass() {
        String text = "[insert ".repeat(100_000);

        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Placeholders.find(text))).isNull();
    }

    @Test
    void agreesWithTheRegularExpressionOnRandomText() {
        Random random = new Random(11L);
        String[] pieces = {"TBC", "tbd", "TBA", "xxx", "XX", "x", "?", "??", "[", "]", "insert", "Insert", " ", "\t", "_",
            "1", "é", "\u0301", "a", ".", "(", "\uD83D\uDC4D", "İ"};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertThat(Placeholders.find(text.toString())).as(text.toString()).isEqualTo(reference(text.toString()));
        }
    }

    private static String reference(String text) {
        Matcher matcher = REFERENCE.matcher(text);
        return matcher.find() ? matcher.group() : null;
    }
}
