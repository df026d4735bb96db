package org.wsoa.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The schemas of what wsoa writes for scripts and dashboards (the report's and the export's JSON):
 * valid draft-07, every key described, no object open to keys it does not list. The tests of the
 * commands check the output against them.
 */
class OutputSchemaShapeTest {

    @ParameterizedTest
    @ValueSource(strings = {"report", "export"})
    void isAClosedAndDescribedDraft07Schema(String name) throws IOException {
        JsonNode schema = new ObjectMapper().readTree(Path.of("docs/schema", name + ".schema.json").toFile());
        List<String> undescribed = new ArrayList<>();
        List<String> open = new ArrayList<>();
        walk(schema, "", undescribed, open);

        assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(SchemaLocation.of(SchemaId.V7))
                .validate(schema)).isEmpty();
        assertThat(undescribed).as("keys without a description").isEmpty();
        assertThat(open).as("objects without additionalProperties: false").isEmpty();
    }

    private static void walk(JsonNode node, String path, List<String> undescribed, List<String> open) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : (Iterable<Map.Entry<String, JsonNode>>) node.path("properties")::fields) {
                if (!property.getValue().hasNonNull("description")) {
                    undescribed.add(path + "/" + property.getKey());
                }
            }
            if (node.has("properties") && !node.path("additionalProperties").isBoolean()) {
                open.add(path.isEmpty() ? "(top)" : path);
            }
            node.fields().forEachRemaining(child -> walk(child.getValue(), path + "/" + child.getKey(), undescribed, open));
        } else if (node.isArray()) {
            node.forEach(child -> walk(child, path, undescribed, open));
        }
    }
}
