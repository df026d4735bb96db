package org.wsoa.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.wsoa.load.PlanFixtures;

/**
 * Councils replace the templates, so docs/publishing.md lists every key of the data a template
 * receives; this test fails when the code offers a key the document does not describe, or the
 * document describes one the code no longer offers.
 */
class TemplateDataTest {

    /** A documented key: a backticked path in the first column of the template data table. */
    private static final Pattern DOCUMENTED = Pattern.compile("^\\| `((?:plan|pdf)[^`]*)` \\|", Pattern.MULTILINE);

    private static final java.util.Set<String> DATE = java.util.Set.of("iso", "text", "short");
    private static final java.util.Set<String> PERSON = java.util.Set.of("name", "role", "organisation");

    @Test
    void everyKeyTheTemplatesReceiveIsDocumentedAndNothingElse() throws IOException {
        TreeSet<String> offered = new TreeSet<>();
        offered.add("pdf");
        for (Path plan : plans()) {
            keys(PlanView.of(PlanFixtures.resolved(plan)), "plan", offered);
        }
        TreeSet<String> documented = new TreeSet<>();
        String doc = Files.readString(Path.of("docs/publishing.md"));
        int section = doc.indexOf("### The data a template receives");
        assertThat(section).as("docs/publishing.md has the section").isPositive();
        int next = doc.indexOf("\n#", section + 4);
        Matcher keys = DOCUMENTED.matcher(next < 0 ? doc.substring(section) : doc.substring(section, next));
        while (keys.find()) {
            documented.add(keys.group(1));
        }

        assertThat(documented).as("documented in docs/publishing.md").containsExactlyElementsOf(offered);
    }

    private static List<Path> plans() throws IOException {
        try (Stream<Path> examples = Files.list(Path.of("plans"))) {
            return Stream.concat(examples.sorted(), Stream.of(PlanFixtures.TINY)).toList();
        }
    }

    /**
     * Every path in the data: maps by key, lists as {@code []}. A date ({@code iso}, {@code text},
     * {@code short}) and a person ({@code name}, {@code role}, {@code organisation}) are documented
     * once, as types, so their own keys are not listed at each place they appear.
     */
    private static void keys(Object value, String path, TreeSet<String> into) {
        if (value instanceof Map<?, ?> map && (map.keySet().equals(DATE) || map.keySet().equals(PERSON))) {
            into.add(path);
        } else if (value instanceof Map<?, ?> map) {
            into.add(path);
            map.forEach((key, child) -> keys(child, path + "." + key, into));
        } else if (value instanceof List<?> list) {
            into.add(path);
            list.forEach(item -> keys(item, path + "[]", into));
        } else {
            into.add(path);
        }
    }
}
