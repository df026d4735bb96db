package org.wsoa.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsoa.diagnostic.Check;

/** docs/rules.md documents every check there is, and nothing else. */
class RulesDocumentationTest {

    @Test
    void everyCheckHasItsSectionInOrder() throws IOException {
        List<String> documented = Files.readAllLines(Path.of("docs/rules.md")).stream()
                .filter(line -> line.startsWith("### "))
                .map(line -> line.substring(4).strip())
                .toList();

        assertThat(documented).containsExactlyElementsOf(CheckRegistry.standard().ids());
    }

    @Test
    void eachRuleSectionGivesItsDefaultSeverity() throws IOException {
        String doc = Files.readString(Path.of("docs/rules.md"));
        for (Check rule : CheckRegistry.standard().checks()) {
            String section = doc.substring(doc.indexOf("### " + rule.id() + "\n"));
            String severity = rule.severity() == org.wsoa.diagnostic.Severity.ERROR ? "*Error" : "*Warning";
            assertThat(section.lines().skip(1).findFirst().orElse("")).as(rule.id()).startsWith(severity);
        }
    }
}
