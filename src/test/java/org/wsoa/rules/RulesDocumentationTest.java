package org.wsoa.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsoa.diagnostic.Check;
import org.wsoa.diagnostic.Severity;
import org.wsoa.verify.PublishedFiles;
import org.wsoa.verify.VerifyExamples;

/**
 * docs/rules.md documents every check there is, and nothing else, in the registry's order and then
 * those of {@code wsoa build --verify}: its severity, whether it can be switched off, and an example
 * finding that the check really reports.
 */
class RulesDocumentationTest {

    private static final CheckRegistry REGISTRY = CheckRegistry.standard();

    /** Every check: validate's, then build --verify's. */
    private static List<Check> all() {
        List<Check> all = new ArrayList<>(REGISTRY.checks());
        all.addAll(PublishedFiles.CHECKS);
        return all;
    }

    @Test
    void everyCheckHasItsSectionInOrder() throws IOException {
        List<String> documented = Files.readAllLines(Path.of("docs/rules.md")).stream()
                .filter(line -> line.startsWith("### "))
                .map(line -> line.substring(4).strip())
                .toList();

        assertThat(documented).containsExactlyElementsOf(all().stream().map(Check::id).toList());
    }

    @Test
    void eachSectionGivesItsDefaultSeverityAndWhetherItCanBeSwitchedOff() {
        for (Check check : all()) {
            String first = CheckDocs.explanation(check.id()).lines().findFirst().orElse("");
            String severity = check.severity() == Severity.ERROR ? "*Error" : "*Warning";
            assertThat(first).as(check.id()).startsWith(severity);
            if (check.lockedBecause() == null) {
                assertThat(first).as(check.id()).doesNotContain("Cannot be switched off");
            } else {
                assertThat(first).as(check.id()).startsWith(severity + ". Cannot be switched off.*");
            }
        }
    }

    /**
     * The example in each section is a finding that one of the check's fixture cases reports; for the
     * checks of build --verify, one it reports on the files of {@link VerifyExamples}.
     */
    @Test
    void eachSectionsExampleIsAFindingTheCheckReallyReports() throws Exception {
        String verified = VerifyExamples.findings();
        for (Check check : all()) {
            String explanation = CheckDocs.explanation(check.id());
            List<String> example = new ArrayList<>();
            boolean inExample = false;
            for (String line : explanation.lines().toList()) {
                if (line.equals("Example:")) {
                    inExample = true;
                } else if (inExample && line.startsWith("    ")) {
                    example.add(line.substring(4).replace("my-plan", "P"));
                } else if (inExample && !example.isEmpty()) {
                    break;
                }
            }
            assertThat(example).as(check.id() + ": its example").isNotEmpty();
            assertThat(example.get(0)).as(check.id()).contains("[" + check.id() + "]: ");
            assertThat(explanation).as(check.id()).contains("\nFix: ");
            String findings = PublishedFiles.CHECKS.contains(check) ? verified : allExpected(check.id());
            assertThat(findings).as(check.id() + ": the example is in a fixture's expected.txt")
                    .contains(String.join("\n", example) + "\n");
        }
    }

    private static String allExpected(String check) throws IOException {
        StringBuilder all = new StringBuilder();
        for (RuleFixture fixture : RuleFixture.all()) {
            if (fixture.check().equals(check)) {
                all.append(fixture.expected()).append("\n");
            }
        }
        return all.toString();
    }
}
