package org.wsoa.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.wsoa.load.PlanFixtures.edit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Values that YAML accepts but no plan means (numbers beyond any figure, dates centuries away,
 * aliases, deep nesting, escapes of unprintable characters) each give one located finding, never
 * an internal error, a hang or a stack overflow.
 */
class HostileValuesTest {

    @TempDir
    Path temp;

    private Path tiny() {
        return PlanFixtures.copy(PlanFixtures.TINY, temp.resolve("tiny"));
    }

    private static List<String> findings(Path plan) throws PlanNotFoundException {
        return PlanLoader.load(plan).diagnostics().stream().map(d -> d.toString().replace(plan.toString(), "P")).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        ".inf | the number .inf",
        "-.inf | the number -.inf",
        ".nan | the number .nan",
        "1e999999999 | the number 1e999999999",
        "1e-999999999 | the number 1e-999999999",
        "1e99999999999 | the number 1e99999999999",
        "0x1F | the number 0x1F",
        "1234567890123456 | the number 1234567890123456",
        "0.0000001 | the number 0.0000001"})
    void aNumberNoPlanMeansIsAWrongType(String written, String described) throws Exception {
        Path plan = tiny();
        edit(plan, "weaknesses/w1.yaml", "baseline: {value: 32,", "baseline: {value: " + written + ",");

        assertThat(findings(plan)).containsExactly("P/weaknesses/w1.yaml:15:23: error[wrong-type]: `value` in the"
                + " baseline should be a number of at most 15 digits before the decimal point and 6 after, but it is "
                + described);
    }

    @Test
    void numbersInRangeAreReadAsWritten() throws Exception {
        Path plan = tiny();
        edit(plan, "weaknesses/w1.yaml", "baseline: {value: 32,", "baseline: {value: 123_456_789_012_345.123456,");

        LoadResult result = PlanLoader.load(plan);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.plan().weaknesses().get(0).kpis().get(0).baseline().value())
                .hasToString("123456789012345.123456");
    }

    @Test
    void aDateOutsideTheYearsAPlanUsesIsReported() throws Exception {
        Path plan = tiny();
        edit(plan, "plan.yaml", "submitted: 2022-02-14", "submitted: 1999-12-31");

        assertThat(findings(plan)).containsExactly("P/plan.yaml:17:12: error[date-format]: `submitted` in plan.yaml is"
                + " 1999-12-31, outside the years a plan's dates fall in (2000 to 2100)");
    }

    @Test
    void aVeryLongDateIsNotTriedAgainstEveryWayOfWritingOne() throws Exception {
        Path plan = tiny();
        edit(plan, "plan.yaml", "submitted: 2022-02-14", "submitted: " + "Monday ".repeat(100_000) + "1 March 2022");

        List<String> findings = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> findings(plan));

        assertThat(findings).containsExactly("P/plan.yaml:17:12: error[date-format]: `submitted` in plan.yaml is written"
                + " `Monday Monday Monday Monday Monday Monday Monday Monday Mond…`; write dates as YYYY-MM-DD, for"
                + " example 2023-03-31");
    }

    @Test
    void anAliasIsRefusedRatherThanReadAsItsAnchorsName() throws Exception {
        Path plan = tiny();
        edit(plan, "plan.yaml", "area: Exampleshire", "area: &place Exampleshire\ntitle2: *place");

        assertThat(findings(plan)).containsExactly("P/plan.yaml:3:9: error[yaml-syntax]: `*place` is a YAML alias;"
                + " plan files do not use anchors (`&name`) and aliases (`*name`)");
    }

    @Test
    void yamlNestedAHundredThousandDeepIsRefusedAtOnceWithoutOverflowingTheStack() throws Exception {
        Path plan = tiny();
        Files.writeString(plan.resolve("risks.yaml"), "risks: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n");

        List<String> findings = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> findings(plan));

        assertThat(findings).containsExactly("P/risks.yaml:1:27: error[limits]: mappings and lists nest more than 20"
                + " deep here; wsoa reads at most 20 levels");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\\0 | the control character U+0000",
        "\\x7f | the control character U+007F",
        "\\x85 | the control character U+0085",
        "\\uD800 | half of a surrogate pair (U+D800) on its own",
        "\\uDC00 | half of a surrogate pair (U+DC00) on its own",
        "\\uFFFE | the noncharacter U+FFFE",
        "\\U0010FFFF | the noncharacter U+10FFFF"})
    void anEscapedCharacterThatCannotBePrintedIsReportedAndReplaced(String escape, String described) throws Exception {
        Path plan = tiny();
        edit(plan, "plan.yaml", "area: Exampleshire", "area: \"Example" + escape + "shire\"");

        LoadResult result = PlanLoader.load(plan);

        assertThat(findings(plan)).containsExactly("P/plan.yaml:2:7: error[control-character]: this text holds "
                + described + ", which cannot be printed");
        assertThat(result.plan().area().value()).isEqualTo("Example\uFFFDshire");
    }

    @Test
    void letteringFromEveryScriptAndEmojiArePrintable() throws Exception {
        Path plan = tiny();
        edit(plan, "plan.yaml", "area: Exampleshire", "area: \"Sir Fôn — 東京 — \\U0001F44D\"");

        LoadResult result = PlanLoader.load(plan);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.plan().area().value()).isEqualTo("Sir Fôn — 東京 — \uD83D\uDC4D");
    }

    @Test
    void markdownNestedToTheLimitIsAcceptedAndOneLevelMoreIsNot() throws Exception {
        Path plan = tiny();
        Files.writeString(plan.resolve("introduction.md"), "> ".repeat(20) + "Deep enough.\n");
        assertThat(findings(plan)).isEmpty();

        Files.writeString(plan.resolve("introduction.md"), "> ".repeat(21) + "Too deep.\n");
        assertThat(findings(plan)).containsExactly("P/introduction.md:1:1: error[limits]: quotes, lists, emphasis or"
                + " links in this text nest more than 20 levels deep, more than wsoa publishes");
    }

    @Test
    void markdownNestedInAYamlTextIsFoundToo() throws Exception {
        Path plan = tiny();
        edit(plan, "weaknesses/w1.yaml", "impact: Caseloads fall below 150 per coordinator.",
                "impact: \"" + "- ".repeat(30) + "nested lists\"");

        assertThat(findings(plan)).containsExactly("P/weaknesses/w1.yaml:36:13: error[limits]: quotes, lists,"
                + " emphasis or links in this text nest more than 20 levels deep, more than wsoa publishes");
    }

    @Test
    void markdownBuiltToKeepAParserBusyIsRefusedBeforeAnyParserSeesIt() throws Exception {
        Path plan = tiny();
        int n = 50_000;
        Files.writeString(plan.resolve("introduction.md"), "[".repeat(n) + "a" + "](b)".repeat(n) + "\n\n"
                + "*a **b ".repeat(n) + "\n\n" + "`".repeat(n) + "\n\n" + "<".repeat(n) + "\n");

        List<String> findings = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> findings(plan));

        assertThat(findings).containsExactly("P/introduction.md:1:1: error[limits]: quotes, lists, emphasis or links"
                + " in this text nest more than 20 levels deep, more than wsoa publishes");
    }
}
