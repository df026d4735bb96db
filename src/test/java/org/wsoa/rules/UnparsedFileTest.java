package org.wsoa.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsoa.load.PlanFixtures;
import org.wsoa.load.PlanLoader;

/**
 * Issue 15, point 1: one YAML slip in a file must not bury the real error under what the file then
 * seems to lack ("the plan records no approvals", "weakness W1 has no actions"). Whichever file of
 * the tiny plan does not parse, the plan's only finding is that file's syntax error.
 */
class UnparsedFileTest {

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"plan.yaml", "people.yaml", "governance.yaml", "weaknesses/w1.yaml", "risks.yaml",
            "resources.yaml", "glossary.yaml", "progress/2022-03-31.yaml"})
    void aFileThatDoesNotParseYieldsItsSyntaxErrorAndNothingElse(String file) throws Exception {
        Path plan = PlanFixtures.copy(PlanFixtures.TINY, temp.resolve("plan"));
        Path broken = plan.resolve(file);
        long lines = Files.readAllLines(broken).size();
        Files.writeString(broken, "impact: Target: every phase transfer\n", StandardOpenOption.APPEND);

        Validation validation = Validator.standard().validate(PlanLoader.load(plan));

        assertThat(validation.findings()).extracting(f -> f.diagnostic().toString().replace(plan.toString(), "P"))
                .containsExactly("P/" + file + ":" + (lines + 1) + ":15: error[yaml-syntax]: this line has a second `: `"
                        + " after the key `impact`, which YAML reads as the start of another key");
    }
}
