package org.wsoa.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wsoa.load.PlanFixtures;

/** The JSON Schemas that editors use agree with the plans that wsoa reads. */
class PlanSchemaTest {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

    @TempDir
    Path temp;

    /** Every YAML file of every example and fixture plan. */
    static Stream<Path> planFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("plans"), Path.of("src/test/resources/plans"))) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
            }
        }
        return files.stream();
    }

    static String schemaFor(Path file) {
        String folder = file.getParent().getFileName().toString();
        if (folder.equals("weaknesses")) {
            return "weakness";
        }
        if (folder.equals("progress")) {
            return "progress";
        }
        return file.getFileName().toString().replace(".yaml", "");
    }

    private static Set<ValidationMessage> check(Path file) throws IOException {
        String name = schemaFor(file) + ".schema.json";
        try (InputStream in = Files.newInputStream(Path.of("docs/schema", name))) {
            JsonSchema schema = FACTORY.getSchema(in);
            JsonNode plan = YAML.readTree(file.toFile());
            return schema.validate(plan);
        }
    }

    @ParameterizedTest
    @MethodSource("planFiles")
    void everyPlanFileMatchesItsSchema(Path file) throws IOException {
        assertThat(check(file)).as(file.toString()).isEmpty();
    }

    @Test
    void theExamplePlansPointEditorsAtTheSchema() throws IOException {
        List<Path> files;
        try (Stream<Path> all = planFiles()) {
            files = all.filter(p -> p.startsWith("plans")).toList();
        }
        for (Path file : files) {
            String depth = "../".repeat(file.getNameCount() - 1);
            assertThat(Files.readAllLines(file).get(0)).as(file.toString())
                    .isEqualTo("# yaml-language-server: $schema=" + depth + "docs/schema/" + schemaFor(file) + ".schema.json");
        }
    }

    @Test
    void aMisspeltKeyAndABritishDateFailTheSchema() throws IOException {
        Path plan = PlanFixtures.copy(PlanFixtures.TINY, temp.resolve("tiny"));
        PlanFixtures.edit(plan, "weaknesses/w1.yaml", "    lead: bpatel", "    leed: bpatel");
        PlanFixtures.edit(plan, "weaknesses/w1.yaml", "    due: 2022-05-31", "    due: 31/05/2022");

        assertThat(check(plan.resolve("weaknesses/w1.yaml"))).extracting(ValidationMessage::getMessage)
                .containsExactlyInAnyOrder(
                        "$.actions[0].due: does not match the regex pattern"
                                + " ^(\\d{4}-\\d{2}-\\d{2}|\\[\\s*[Ii]nsert\\b[^\\]]*\\])$",
                        "$.actions[1]: property 'leed' is not defined in the schema and the schema does not allow"
                                + " additional properties",
                        "$.actions[1]: required property 'lead' not found");
    }

    @Test
    void aMisspeltStatusAnUnknownRatingAndALinkThatIsNotAnAddressFailTheProgressSchema() throws IOException {
        Path plan = PlanFixtures.copy(PlanFixtures.TINY, temp.resolve("tiny"));
        Path file = plan.resolve("progress/2022-03-31.yaml");
        PlanFixtures.edit(plan, "progress/2022-03-31.yaml", "status: on-track ", "status: on track ");
        PlanFixtures.edit(plan, "progress/2022-03-31.yaml", "rating: some-progress", "rating: amber");
        PlanFixtures.edit(plan, "progress/2022-03-31.yaml", "    update: Waits for W1.1.",
                "    evidence: [{title: Minutes, date: 2022-03-15, kind: minutes, link: www.example.org}]\n"
                        + "    update: Waits for W1.1.");

        assertThat(check(file)).extracting(ValidationMessage::getMessage).containsExactlyInAnyOrder(
                "$.actions.W1.1.status: does not have a value in the enumeration [\"not-started\", \"on-track\","
                        + " \"at-risk\", \"off-track\", \"complete\", \"complete-and-embedded\"]",
                "$.areas.W1.rating: does not have a value in the enumeration [\"embedded\", \"good-progress\","
                        + " \"some-progress\", \"limited-progress\"]",
                "$.actions.W1.2.evidence[0].link: does not match the regex pattern ^[Hh][Tt][Tt][Pp][Ss]?://");
    }

    @Test
    void aFinancialYearWrittenAnotherWayAndAnUnknownKindFailTheSchema() throws IOException {
        Path plan = PlanFixtures.copy(PlanFixtures.TINY, temp.resolve("tiny"));
        PlanFixtures.edit(plan, "resources.yaml", "      2022/23: 160000", "      2022-23: 160000");
        PlanFixtures.edit(plan, "plan.yaml", "kind: wsoa", "kind: WSoA");

        assertThat(check(plan.resolve("resources.yaml"))).extracting(ValidationMessage::getMessage)
                .containsExactly("$.items[0].costs: property '2022-23' name is not valid: does not match the regex"
                        + " pattern ^\\d{4}/\\d{2}$");
        assertThat(check(plan.resolve("plan.yaml"))).extracting(ValidationMessage::getMessage)
                .containsExactly("$.kind: does not have a value in the enumeration [\"wsoa\", \"app\","
                        + " \"priority-action-plan\", \"strategic-plan\"]");
    }
}
