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
    /** A documented key of the closure report's templates. */
    private static final Pattern DOCUMENTED_CLOSURE = Pattern.compile("^\\| `((?:closure|pdf)[^`]*)` \\|", Pattern.MULTILINE);
    /** A documented key of the progress report's templates. */
    private static final Pattern DOCUMENTED_REPORT = Pattern.compile("^\\| `((?:report|pdf)[^`]*)` \\|", Pattern.MULTILINE);

    @org.junit.jupiter.api.io.TempDir
    Path temp;

    private static final java.util.Set<String> DATE = java.util.Set.of("iso", "text", "short");
    private static final java.util.Set<String> PERSON = java.util.Set.of("name", "role", "organisation");
    /** In the report: a status or a judgement, {@code {label, code}}. */
    private static final java.util.Set<String> STATUS = java.util.Set.of("label", "code");
    /** In the report: an action with its progress. */
    private static final java.util.Set<String> ACTION = java.util.Set.of("id", "area", "action", "lead", "status",
            "statusDate", "due", "recurs", "revisedDue", "currentDue", "completed", "daysOverdue", "update", "lastReported");
    /** In the report: what changed of an action. */
    private static final java.util.Set<String> CHANGE = java.util.Set.of("id", "action", "was", "now", "completed", "due",
            "revisedDue", "previousDue");

    @Test
    void everyKeyTheTemplatesReceiveIsDocumentedAndNothingElse() throws IOException {
        TreeSet<String> offered = new TreeSet<>();
        offered.add("pdf");
        for (Path plan : plans()) {
            keys(PlanView.of(PlanFixtures.resolved(plan)), "plan", offered);
        }
        assertThat(documented("### The data a template receives", DOCUMENTED)).as("documented in docs/publishing.md")
                .containsExactlyElementsOf(offered);
    }

    /**
     * The progress report's templates, likewise: every key, from reports that between them have an
     * item in every list (an overdue action, changes of every sort, evidence, a review to come).
     */
    @Test
    void everyKeyTheReportTemplatesReceiveIsDocumentedAndNothingElse() throws IOException {
        Path tiny = PlanFixtures.tinyWithThreeQuarters(temp.resolve("tiny"));
        TreeSet<String> offered = new TreeSet<>();
        offered.add("pdf");
        for (ReportContent content : List.of(
                ReportContent.of(ReportEditionsTest.resolved(tiny, java.time.LocalDate.of(2022, 6, 30)),
                        new ReportOptions(java.time.Period.ofMonths(3), false)),
                ReportContent.of(ReportEditionsTest.resolved(tiny, java.time.LocalDate.of(2022, 10, 15)),
                        ReportOptions.DEFAULT),
                ReportContent.of(ReportEditionsTest.resolved(ReportEditionsTest.BCP, null), ReportOptions.DEFAULT),
                ReportContent.of(ReportEditionsTest.resolved(ReportEditionsTest.WARWICKSHIRE, null),
                        new ReportOptions(java.time.Period.ofWeeks(6), true)))) {
            keys(ReportView.of(content), "report", offered, java.util.Set.of(DATE, PERSON, STATUS, ACTION, CHANGE));
        }

        assertThat(documented("### The data a report template receives", DOCUMENTED_REPORT))
                .as("documented in docs/publishing.md").containsExactlyElementsOf(offered);
    }

    /**
     * The closure report's templates, likewise: from BCP's closure (every destination) and the tiny
     * plan's, whose plan.yaml records the revisit's judgements.
     */
    @Test
    void everyKeyTheClosureTemplatesReceiveIsDocumentedAndNothingElse() throws IOException {
        Path tiny = PlanFixtures.tinyClosed(temp.resolve("tiny"));
        TreeSet<String> offered = new TreeSet<>();
        offered.add("pdf");
        for (Path plan : List.of(ReportEditionsTest.BCP, tiny)) {
            keys(ClosureView.of(PlanFixtures.resolved(plan)), "closure", offered,
                    java.util.Set.of(DATE, PERSON, STATUS));
        }
        if (Boolean.getBoolean("wsoa.printKeys")) {
            offered.forEach(System.out::println);
        }

        assertThat(documented("### The data a closure template receives", DOCUMENTED_CLOSURE))
                .as("documented in docs/publishing.md").containsExactlyElementsOf(offered);
    }

    private static TreeSet<String> documented(String heading, Pattern key) throws IOException {
        TreeSet<String> documented = new TreeSet<>();
        String doc = Files.readString(Path.of("docs/publishing.md"));
        int section = doc.indexOf(heading);
        assertThat(section).as("docs/publishing.md has the section " + heading).isPositive();
        int next = doc.indexOf("\n#", section + 4);
        Matcher keys = key.matcher(next < 0 ? doc.substring(section) : doc.substring(section, next));
        while (keys.find()) {
            documented.add(keys.group(1));
        }
        return documented;
    }

    private static List<Path> plans() throws IOException {
        try (Stream<Path> examples = Files.list(Path.of("plans"))) {
            return Stream.concat(examples.sorted(), Stream.of(PlanFixtures.TINY, PlanFixtures.EVERY_FIELD)).toList();
        }
    }

    /**
     * Every path in the data: maps by key, lists as {@code []}. A date ({@code iso}, {@code text},
     * {@code short}) and a person ({@code name}, {@code role}, {@code organisation}) are documented
     * once, as types, so their own keys are not listed at each place they appear.
     */
    private static void keys(Object value, String path, TreeSet<String> into) {
        keys(value, path, into, java.util.Set.of(DATE, PERSON));
    }

    /** As {@link #keys(Object, String, TreeSet)}, with the shapes documented once as types. */
    private static void keys(Object value, String path, TreeSet<String> into, java.util.Set<java.util.Set<String>> types) {
        if (value instanceof Map<?, ?> map && types.contains(map.keySet())) {
            into.add(path);
        } else if (value instanceof Map<?, ?> map) {
            into.add(path);
            map.forEach((key, child) -> keys(child, path + "." + key, into, types));
        } else if (value instanceof List<?> list) {
            into.add(path);
            list.forEach(item -> keys(item, path + "[]", into, types));
        } else {
            into.add(path);
        }
    }
}
