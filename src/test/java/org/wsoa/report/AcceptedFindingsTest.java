package org.wsoa.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.wsoa.cli.CliRunner;
import org.wsoa.load.PlanFixtures;

/**
 * Issue 15, point 2: an accepted finding does not look like an error. Every report format lists it
 * apart from the open findings (after them, although its file comes first), labelled
 * {@code accepted[check]} with the authors' reason, and counts it apart.
 */
class AcceptedFindingsTest {

    private static final String REASON = "The board sets its dates at its first meeting.";

    @TempDir
    Path temp;

    private Path plan;

    @BeforeEach
    void planWithAnAcceptedError() {
        plan = PlanFixtures.copy(PlanFixtures.TINY, temp.resolve("plan"));
        PlanFixtures.edit(plan, "governance.yaml", "meets: quarterly", "meets: TBC");
        PlanFixtures.edit(plan, "resources.yaml", "funder: ecc", "funder: eccc");
        PlanFixtures.edit(plan, "plan.yaml", "  # accept:", "  accept:\n    - rule: placeholders\n      subject: hwb\n"
                + "      reason: " + REASON + "\n  # accept:");
    }

    @Test
    void text() {
        CliRunner.Result run = CliRunner.run("validate", plan.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines()).containsExactly(
                plan + "/resources.yaml:4:13: error[unknown-reference]: funder `eccc` of resource F1 is not an"
                        + " organisation or a funding stream in the plan; did you mean `ecc`?",
                "    hint: use the ID of an organisation (people.yaml) or a funding stream (resources.yaml)",
                plan + "/governance.yaml:14:12: accepted[placeholders]: `TBC` in board hwb is a placeholder",
                "    reason: " + REASON,
                plan + ": 1 error, 0 warnings, 1 accepted in 10 files");
    }

    @Test
    void json() throws Exception {
        CliRunner.Result run = CliRunner.run("validate", "--format", "json", plan.toString());

        JsonNode report = new ObjectMapper().readTree(run.out()).get("plans").get(0);
        assertThat(report.get("errors").asInt()).isEqualTo(1);
        assertThat(report.get("accepted").asInt()).isEqualTo(1);
        assertThat(report.get("findings")).extracting(f -> f.get("rule").asText()).containsExactly("unknown-reference");
        assertThat(report.get("findings").get(0).has("reason")).isFalse();
        JsonNode accepted = report.get("acceptedFindings");
        assertThat(accepted).hasSize(1);
        assertThat(accepted.get(0).get("rule").asText()).isEqualTo("placeholders");
        assertThat(accepted.get(0).get("severity").asText()).isEqualTo("error");
        assertThat(accepted.get(0).get("subject").asText()).isEqualTo("hwb");
        assertThat(accepted.get(0).get("reason").asText()).isEqualTo(REASON);
    }

    @Test
    void sarifSuppressesItWithTheReasonAfterTheOpenResults() throws Exception {
        CliRunner.Result run = CliRunner.run("validate", "--format", "sarif", plan.toString());

        JsonNode results = new ObjectMapper().readTree(run.out()).get("runs").get(0).get("results");
        assertThat(results).extracting(r -> r.get("ruleId").asText()).containsExactly("unknown-reference", "placeholders");
        assertThat(results.get(0).has("suppressions")).isFalse();
        JsonNode suppression = results.get(1).get("suppressions").get(0);
        assertThat(suppression.get("kind").asText()).isEqualTo("inSource");
        assertThat(suppression.get("status").asText()).isEqualTo("accepted");
        assertThat(suppression.get("justification").asText()).isEqualTo(REASON);
    }

    @Test
    void githubMakesItANoticeTitledAccepted() {
        CliRunner.Result run = CliRunner.run("validate", "--format", "github", plan.toString());

        assertThat(run.out().lines().filter(l -> l.startsWith("::"))).containsExactly(
                "::error file=" + plan + "/resources.yaml,line=4,col=13,title=wsoa unknown-reference::funder `eccc` of"
                        + " resource F1 is not an organisation or a funding stream in the plan; did you mean `ecc`?%0Ause"
                        + " the ID of an organisation (people.yaml) or a funding stream (resources.yaml)",
                "::notice file=" + plan + "/governance.yaml,line=14,col=12,title=wsoa accepted[placeholders]::`TBC` in board hwb is a"
                        + " placeholder%0Areason: " + REASON);
        assertThat(run.out()).endsWith(plan + ": 1 error, 0 warnings, 1 accepted in 10 files" + System.lineSeparator());
    }

    @Test
    void junitPassesItsCheckAndCountsItAsAProperty() throws Exception {
        CliRunner.Result run = CliRunner.run("validate", "--format", "junit", plan.toString());

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        Element property = (Element) suite.getElementsByTagName("property").item(0);
        assertThat(property.getAttribute("name") + "=" + property.getAttribute("value")).isEqualTo("accepted=1");
        Element placeholders = testCase(suite, "placeholders");
        assertThat(placeholders.getElementsByTagName("failure").getLength()).isZero();
        assertThat(placeholders.getElementsByTagName("system-out").item(0).getTextContent()).isEqualTo(
                plan + "/governance.yaml:14:12: accepted[placeholders]: `TBC` in board hwb is a placeholder\n    reason: " + REASON + "\n");
    }

    /** Issue 15, point 4: a reason folded with {@code >} ends with a line break in YAML, but not in a report. */
    @Test
    void aFoldedReasonIsPrintedWithoutItsLineBreak() throws Exception {
        PlanFixtures.edit(plan, "plan.yaml", "      reason: " + REASON + "\n", "      reason: >\n"
                + "        The board sets its dates\n        at its first meeting.\n\n");

        JsonNode json = new ObjectMapper().readTree(CliRunner.run("validate", "--format", "json", plan.toString()).out());
        CliRunner.Result text = CliRunner.run("validate", plan.toString());

        assertThat(json.get("plans").get(0).get("acceptedFindings").get(0).get("reason").asText()).isEqualTo(REASON);
        assertThat(text.out().lines()).contains("    reason: " + REASON,
                plan + ": 1 error, 0 warnings, 1 accepted in 10 files");
    }

    private static Element testCase(Element suite, String check) {
        var cases = suite.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element testCase = (Element) cases.item(i);
            if (testCase.getAttribute("name").equals(check)) {
                return testCase;
            }
        }
        throw new AssertionError("no test case " + check);
    }
}
