package org.wsoa.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.load.PlanLoader;

/**
 * Issue 15, point 3: a message names the element it is about. Over every finding of every fixture
 * case (each check's own and any other's), a finding about an action, KPI, risk, board, person...
 * names that element's ID in its message, as a word of its own ("W1" is not named by "W1.1"), so
 * that an author reading it knows which one to fix, and which one to accept.
 */
class MessagesNameTheirElementTest {

    @TempDir
    Path temp;

    @Test
    void everyFindingAboutAnElementNamesItsId() throws Exception {
        List<String> unnamed = new ArrayList<>();
        int checked = 0;
        int n = 0;
        for (RuleFixture fixture : RuleFixture.all()) {
            Path plan = fixture.build(temp.resolve("plan" + n++));
            for (Finding finding : Validator.standard().validate(PlanLoader.load(plan)).findings()) {
                Diagnostic d = finding.diagnostic();
                if (d.subject().equals(Diagnostic.PLAN)) {
                    continue;
                }
                checked++;
                if (!names(d.message(), d.subject())) {
                    unnamed.add(fixture + ": about " + d.subject() + ": " + d.toString().replace(plan.toString(), "P"));
                }
            }
        }
        assertThat(unnamed).isEmpty();
        // The fixtures hold findings about elements of every kind; far fewer would mean the test looked at little.
        assertThat(checked).isGreaterThan(150);
    }

    @Test
    void anIdIsNamedOnlyAsAWordOfItsOwn() {
        assertThat(names("the baseline of KPI K1 should be a number", "K1")).isTrue();
        assertThat(names("action W1.2 is due on ...", "W1.2")).isTrue();
        assertThat(names("lead `amorgn` of action W1.1 is not a person", "W1.1")).isTrue();
        assertThat(names("Alex Morgan (amorgan) leads 2 actions", "amorgan")).isTrue();
        assertThat(names("action W1.1 is due on ...", "W1")).isFalse();
        assertThat(names("KPI K12 has no target", "K1")).isFalse();
        assertThat(names("this text is empty", "R1")).isFalse();
    }

    /** Whether {@code id} stands in {@code message} as a word, between characters that IDs do not hold. */
    private static boolean names(String message, String id) {
        return Arrays.stream(message.split("[^\\p{L}\\p{N}._-]+"))
                .map(word -> word.replaceAll("[.]+$", ""))
                .anyMatch(id::equals);
    }
}
