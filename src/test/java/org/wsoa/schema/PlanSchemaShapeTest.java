package org.wsoa.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wsoa.load.PlanFixtures;
import org.wsoa.model.ActionStatus;
import org.wsoa.model.Direction;
import org.wsoa.model.EvidenceKind;
import org.wsoa.model.OrganisationType;
import org.wsoa.model.OverallRating;
import org.wsoa.model.PlanKind;
import org.wsoa.model.PlanStatus;
import org.wsoa.model.Progress;

/**
 * The schemas themselves: valid draft-07 (the newest draft that the YAML language server checks
 * with), a description on every key so that editors can show help, no key left open, and no key or
 * choice that wsoa does not read.
 */
class PlanSchemaShapeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> schemas() {
        return Stream.of("plan", "people", "governance", "weakness", "risks", "resources", "glossary", "progress");
    }

    private static JsonNode schema(String name) throws IOException {
        return JSON.readTree(Path.of("docs/schema", name + ".schema.json").toFile());
    }

    @ParameterizedTest
    @MethodSource("schemas")
    void isAValidDraft07Schema(String name) throws IOException {
        JsonSchema metaSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(SchemaLocation.of(SchemaId.V7));
        JsonNode schema = schema(name);

        assertThat(schema.path("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
        assertThat(metaSchema.validate(schema)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("schemas")
    void everyKeyHasADescriptionAndNoMappingTakesUnknownKeys(String name) throws IOException {
        List<String> undescribed = new ArrayList<>();
        List<String> open = new ArrayList<>();
        walk(schema(name), "", (path, node) -> {
            node.path("properties").fields().forEachRemaining(property -> {
                if (!property.getValue().hasNonNull("description")) {
                    undescribed.add(path + "/" + property.getKey());
                }
            });
            if (node.has("properties") && !node.path("additionalProperties").isBoolean()) {
                open.add(path.isEmpty() ? "(top)" : path);
            }
        });

        assertThat(undescribed).as("keys without a description").isEmpty();
        assertThat(open).as("mappings without additionalProperties: false").isEmpty();
    }

    /**
     * A key the schema offers must appear in some example or fixture plan, and those all load
     * without an unknown-key error, so an editor never suggests a key that wsoa would refuse.
     */
    @ParameterizedTest
    @MethodSource("schemas")
    void everyKeyTheSchemaOffersIsUsedByAPlan(String name) throws IOException {
        TreeSet<String> offered = new TreeSet<>();
        walk(schema(name), "", (path, node) -> node.path("properties").fieldNames()
                .forEachRemaining(key -> offered.add(path + "/" + key)));
        TreeSet<String> used = new TreeSet<>();
        YAMLMapper yaml = new YAMLMapper();
        try (Stream<Path> files = PlanSchemaTest.planFiles()) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (PlanSchemaTest.schemaFor(file).equals(name)) {
                    keys(yaml.readTree(file.toFile()), schema(name), "", used);
                }
            }
        }
        // The rule fixtures are plan files too (some keys, such as `validation: accept:`, appear only
        // where a finding is there to accept); those that are broken on purpose are left out.
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/rules"))) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".yaml"))::iterator) {
                if (PlanSchemaTest.schemaFor(file).equals(name)) {
                    try {
                        keys(yaml.readTree(file.toFile()), schema(name), "", used);
                    } catch (IOException notYaml) {
                        continue;
                    }
                }
            }
        }

        assertThat(offered).isNotEmpty();
        assertThat(used).containsAll(offered);
    }

    /**
     * The every-field fixture plan alone uses every key the schemas offer, so that a test that
     * validates and builds it covers the whole format. `revisit` belongs to an APP, which that
     * Priority Action Plan cannot be. A field added to the format is added to the fixture too.
     */
    @ParameterizedTest
    @MethodSource("schemas")
    void theEveryFieldPlanUsesEveryKeyTheSchemaOffers(String name) throws IOException {
        TreeSet<String> offered = new TreeSet<>();
        walk(schema(name), "", (path, node) -> node.path("properties").fieldNames()
                .forEachRemaining(key -> offered.add(path + "/" + key)));
        offered.removeIf(key -> name.equals("plan") && key.startsWith("/revisit"));
        TreeSet<String> used = new TreeSet<>();
        YAMLMapper yaml = new YAMLMapper();
        try (Stream<Path> files = Files.walk(PlanFixtures.EVERY_FIELD)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".yaml"))::iterator) {
                if (PlanSchemaTest.schemaFor(file).equals(name)) {
                    keys(yaml.readTree(file.toFile()), schema(name), "", used);
                }
            }
        }

        assertThat(offered).isNotEmpty();
        assertThat(offered).as("keys the every-field plan does not use").isSubsetOf(used);
    }

    @Test
    void theChoicesAreThoseOfTheModel() throws IOException {
        assertChoices(schema("plan").at("/properties/kind/enum"), PlanKind.values(), PlanKind::code);
        assertChoices(schema("plan").at("/properties/status/enum"), PlanStatus.values(), PlanStatus::code);
        assertChoices(schema("plan").at("/properties/revisit/properties/judgements/items/properties/progress/enum"),
                Progress.values(), Progress::code);
        assertChoices(schema("people").at("/properties/organisations/items/properties/type/enum"),
                OrganisationType.values(), OrganisationType::code);
        assertChoices(schema("weakness").at("/properties/kpis/items/properties/direction/enum"),
                Direction.values(), Direction::code);
        assertChoices(schema("progress").at("/properties/actions/additionalProperties/properties/status/enum"),
                ActionStatus.values(), ActionStatus::code);
        assertChoices(schema("progress").at("/properties/actions/additionalProperties/properties/evidence/items"
                + "/properties/kind/enum"), EvidenceKind.values(), EvidenceKind::code);
        assertChoices(schema("progress").at("/properties/areas/additionalProperties/properties/rating/enum"),
                OverallRating.values(), OverallRating::code);
    }

    private static <E> void assertChoices(JsonNode choices, E[] values, Function<E, String> code) {
        List<String> inSchema = new ArrayList<>();
        choices.forEach(choice -> inSchema.add(choice.asText()));
        assertThat(inSchema).containsExactlyElementsOf(Arrays.stream(values).map(code).toList());
    }

    /** Visits every subschema that describes a mapping, with its path in the plan file ("[]" for list items). */
    private static void walk(JsonNode node, String path, java.util.function.BiConsumer<String, JsonNode> visit) {
        if (!node.isObject()) {
            return;
        }
        if (node.has("properties")) {
            visit.accept(path, node);
            for (Map.Entry<String, JsonNode> property : (Iterable<Map.Entry<String, JsonNode>>) node.get("properties")::fields) {
                walk(property.getValue(), path + "/" + property.getKey(), visit);
            }
        }
        walk(node.path("items"), path + "[]", visit);
        // A mapping keyed by data (IDs, financial years) describes every value with one schema.
        walk(node.path("additionalProperties"), path + "/*", visit);
        for (String combinator : List.of("oneOf", "anyOf", "allOf")) {
            node.path(combinator).forEach(option -> walk(option, path, visit));
        }
    }

    /**
     * The keys a plan file uses, by path; where the schema describes a mapping keyed by data (an
     * action's ID, a financial year), the key is written {@code *}, as {@link #walk} writes it.
     */
    private static void keys(JsonNode node, JsonNode schema, String path, TreeSet<String> keys) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                boolean data = !schema.path("properties").has(field.getKey())
                        && schema.path("additionalProperties").isObject();
                String key = data ? "*" : field.getKey();
                JsonNode value = data ? schema.get("additionalProperties") : schema.path("properties").path(field.getKey());
                keys.add(path + "/" + key);
                keys(field.getValue(), value, path + "/" + key, keys);
            });
        } else if (node.isArray()) {
            node.forEach(item -> keys(item, schema.path("items"), path + "[]", keys));
        }
    }
}
