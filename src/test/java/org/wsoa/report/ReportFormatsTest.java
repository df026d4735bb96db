package org.wsoa.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.wsoa.cli.CliRunner;
import org.wsoa.load.PlanFixtures;

/**
 * Issue 3's acceptance case: a plan with a broken reference, a missing lead, a dependency cycle, a
 * submission one working day late and a placeholder in a final plan gets exactly those findings,
 * located, in every output format.
 */
class ReportFormatsTest {

    /** Kept in the repository so that the test runs offline; its origin and licence are beside it. */
    private static final Path SARIF_SCHEMA = Path.of("src/test/resources/sarif/sarif-2.1.0-rtm.5.json");

    @TempDir
    Path temp;

    private Path plan;
    private String w1;

    @BeforeEach
    void brokenPlan() {
        plan = PlanFixtures.copy(PlanFixtures.TINY, temp.resolve("plan"));
        PlanFixtures.edit(plan, "resources.yaml", "funder: ecc", "funder: eccc");
        PlanFixtures.edit(plan, "weaknesses/w1.yaml", "    lead: bpatel\n", "");
        PlanFixtures.edit(plan, "weaknesses/w1.yaml", "    partners: [ecc]\n", "    partners: [ecc]\n    depends-on: [W1.2]\n");
        PlanFixtures.edit(plan, "weaknesses/w1.yaml", "due: 2022-06-30", "due: 2022-05-31");
        PlanFixtures.edit(plan, "plan.yaml", "submitted: 2022-02-14", "submitted: 2022-02-17");
        PlanFixtures.edit(plan, "governance.yaml", "meets: quarterly", "meets: TBC");
        w1 = plan.resolve("weaknesses/w1.yaml").toString();
    }

    private static final List<String> EXPECTED = List.of(
            "governance.yaml:14:12: error[placeholders]: `TBC` in board hwb is a placeholder",
            "plan.yaml:17:12: error[deadline]: the plan is submitted on Thursday 17 February 2022, 1 calendar day"
                    + " (1 working day) after its deadline: the deadline is 70 working days after Friday 5 November 2021, skipping the bank"
                    + " holidays 27 and 28 December 2021 and 3 January 2022: Wednesday 16 February 2022",
            "resources.yaml:4:13: error[unknown-reference]: funder `eccc` of resource F1 is not an organisation or a"
                    + " funding stream in the plan; did you mean `ecc`?",
            "weaknesses/w1.yaml:38:5: error[missing-field]: missing required field `lead` in action W1.2",
            "weaknesses/w1.yaml:43:18: error[dependencies]: actions depend on each other in a circle:"
                    + " W1.1 -> W1.2 -> W1.1");

    @Test
    void text() {
        CliRunner.Result run = CliRunner.run("validate", plan.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        List<String> expected = new java.util.ArrayList<>(EXPECTED.stream().map(l -> plan + "/" + l).toList());
        expected.add(plan + ": 5 errors, 0 warnings in 10 files");
        assertThat(run.out().lines().filter(l -> !l.startsWith("    ")).toList()).containsExactlyElementsOf(expected);
    }

    @Test
    void json() throws Exception {
        CliRunner.Result run = CliRunner.run("validate", "--format", "json", plan.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode findings = new ObjectMapper().readTree(run.out()).get("plans").get(0).get("findings");
        assertThat(findings).hasSize(5);
        for (int i = 0; i < findings.size(); i++) {
            JsonNode f = findings.get(i);
            String line = f.get("file").asText().substring(plan.toString().length() + 1) + ":" + f.get("line").asInt()
                    + ":" + f.get("column").asInt() + ": " + f.get("severity").asText() + "[" + f.get("rule").asText()
                    + "]: " + f.get("message").asText();
            assertThat(line).isEqualTo(EXPECTED.get(i));
        }
    }

    @Test
    void sarifIsValidAgainstTheSarifSchemaAndLocatesEachFinding() throws Exception {
        CliRunner.Result run = CliRunner.run("validate", "--format", "sarif", plan.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode sarif = new ObjectMapper().readTree(run.out());
        Set<ValidationMessage> problems = sarifSchema().validate(sarif);
        assertThat(problems).isEmpty();

        JsonNode results = sarif.get("runs").get(0).get("results");
        assertThat(results).hasSize(5);
        JsonNode cycle = results.get(4);
        assertThat(cycle.get("ruleId").asText()).isEqualTo("dependencies");
        assertThat(cycle.get("level").asText()).isEqualTo("error");
        JsonNode location = cycle.get("locations").get(0).get("physicalLocation");
        // The plan is outside the working directory, so its files are absolute file: URIs.
        assertThat(location.get("artifactLocation").get("uri").asText()).isEqualTo("file://" + w1);
        assertThat(location.get("artifactLocation").has("uriBaseId")).isFalse();
        assertThat(location.get("region").get("startLine").asInt()).isEqualTo(43);
        assertThat(location.get("region").get("startColumn").asInt()).isEqualTo(18);
        assertThat(cycle.get("message").get("text").asText())
                .isEqualTo("actions depend on each other in a circle: W1.1 -> W1.2 -> W1.1. remove one of these dependencies");
    }

    /** Shows that the schema kept in the repository really constrains the output, so that the test above can fail. */
    @Test
    void theSarifSchemaRejectsALevelThatSarifDoesNotHave() throws Exception {
        CliRunner.Result run = CliRunner.run("validate", "--format", "sarif", plan.toString());
        ObjectNode sarif = (ObjectNode) new ObjectMapper().readTree(run.out());
        ((ObjectNode) sarif.get("runs").get(0).get("results").get(0)).put("level", "fatal");

        assertThat(sarifSchema().validate(sarif)).extracting(ValidationMessage::getMessage)
                .containsExactly("$.runs[0].results[0].level: does not have a value in the enumeration"
                        + " [\"none\", \"note\", \"warning\", \"error\"]");
    }

    @Test
    void githubAnnotations() {
        CliRunner.Result run = CliRunner.run("validate", "--format", "github", plan.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        List<String> annotations = run.out().lines().filter(l -> l.startsWith("::")).toList();
        assertThat(annotations).hasSize(5);
        assertThat(annotations.get(3)).isEqualTo("::error file=" + w1 + ",line=38,col=5,title=wsoa missing-field::"
                + "missing required field `lead` in action W1.2%0Aadd `lead: <ID>`");
        assertThat(annotations.get(1)).startsWith("::error file=" + plan.resolve("plan.yaml")
                + ",line=17,col=12,title=wsoa deadline::the plan is submitted on Thursday 17 February 2022, 1 calendar day (1 working day)");
    }

    @Test
    void junitHasAFailingTestCasePerRuleThatFound() throws Exception {
        CliRunner.Result run = CliRunner.run("validate", "--format", "junit", plan.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
        var suite = xml.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttributes().getNamedItem("failures").getNodeValue()).isEqualTo("5");
        var failures = xml.getElementsByTagName("failure");
        assertThat(failures.getLength()).isEqualTo(5);
        StringBuilder types = new StringBuilder();
        for (int i = 0; i < failures.getLength(); i++) {
            types.append(failures.item(i).getAttributes().getNamedItem("type").getNodeValue()).append(' ');
        }
        assertThat(types.toString().trim()).isEqualTo("missing-field unknown-reference deadline dependencies placeholders");
        assertThat(failures.item(3).getTextContent()).isEqualTo(w1 + ":43:18: error[dependencies]: actions depend on"
                + " each other in a circle: W1.1 -> W1.2 -> W1.1\n");
    }

    /** Issue 15, point 17: from any working directory, --base makes locations relative to the repository's root. */
    @Test
    void sarifWithABaseGivesUrisRelativeToIt() throws Exception {
        CliRunner.Result run = CliRunner.run("validate", "--format", "sarif", "--base", temp.toString(), plan.toString());

        JsonNode sarif = new ObjectMapper().readTree(run.out());
        assertThat(sarifSchema().validate(sarif)).isEmpty();
        assertThat(sarif.at("/runs/0/originalUriBaseIds/%SRCROOT%/uri").asText()).isEqualTo("file://" + temp + "/");
        JsonNode location = sarif.at("/runs/0/results/4/locations/0/physicalLocation/artifactLocation");
        assertThat(location.get("uri").asText()).isEqualTo("plan/weaknesses/w1.yaml");
        assertThat(location.get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        JsonNode rule = sarif.at("/runs/0/tool/driver/rules/0");
        // The rules.md of this wsoa: the repository's here, the release's docs/ when installed.
        assertThat(rule.get("helpUri").asText()).isEqualTo("file://" + Path.of("docs/rules.md").toAbsolutePath()
                + "#yaml-syntax");
        assertThat(rule.at("/help/markdown").asText()).startsWith("*Error. Cannot be switched off.* Every plan file is valid YAML");
        assertThat(sarif.at("/runs/0/tool/driver/informationUri").asText()).endsWith("/README.md").startsWith("file:///");
    }

    @Test
    void aBaseIsForSarifOnlyAndMustBeAFolder() {
        CliRunner.Result text = CliRunner.run("validate", "--base", temp.toString(), plan.toString());
        CliRunner.Result missing = CliRunner.run("validate", "--format", "sarif", "--base", temp.resolve("none").toString(),
                plan.toString());

        assertThat(text.exitCode()).isEqualTo(2);
        assertThat(text.err()).isEqualTo("wsoa validate: --base is for --format sarif, whose file locations it sets"
                + System.lineSeparator());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("wsoa validate: --base " + temp.resolve("none") + " is not a folder"
                + System.lineSeparator());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRunner.Result run = CliRunner.run("validate", "--format", "pdf", plan.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("wsoa validate: --format must be one of: text, json, sarif, github, junit"
                + " (not `pdf`)" + System.lineSeparator());
    }

    private static JsonSchema sarifSchema() throws IOException {
        try (InputStream in = Files.newInputStream(SARIF_SCHEMA)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }
}
