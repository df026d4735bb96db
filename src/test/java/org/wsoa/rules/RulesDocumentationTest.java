package org.wsoa.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsoa.load.LoadChecks;

/** docs/rules.md documents every check there is, and nothing else. */
class RulesDocumentationTest {

    @Test
    void everyCheckHasItsSectionInOrder() throws IOException {
        List<String> documented = Files.readAllLines(Path.of("docs/rules.md")).stream()
                .filter(line -> line.startsWith("### "))
                .map(line -> line.substring(4).strip())
                .toList();

        List<String> checks = new ArrayList<>(LoadChecks.SUMMARIES.keySet());
        checks.add(Validator.SETTINGS_RULE);
        checks.addAll(RuleSet.all().ids());
        assertThat(documented).containsExactlyElementsOf(checks);
    }

    @Test
    void eachRuleSectionGivesItsDefaultSeverity() throws IOException {
        String doc = Files.readString(Path.of("docs/rules.md"));
        for (Rule rule : RuleSet.all().rules()) {
            String section = doc.substring(doc.indexOf("### " + rule.id() + "\n"));
            String severity = rule.severity() == org.wsoa.diagnostic.Severity.ERROR ? "*Error" : "*Warning";
            assertThat(section.lines().skip(1).findFirst().orElse("")).as(rule.id()).startsWith(severity);
        }
    }
}
