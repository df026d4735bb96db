package org.wsoa.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wsoa.load.PlanFixtures;

/** docs/schema/diff.schema.json says what the JSON holds, field by field, and refuses what it does not. */
class DiffSchemaTest {

    private static final Path SCHEMA = Path.of("docs/schema/diff.schema.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonSchema schema() throws IOException {
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    @Test
    void itNamesExactlyTheFieldsADiffCompares() throws IOException {
        List<String> named = new ArrayList<>();
        JSON.readTree(SCHEMA.toFile()).at("/definitions/fieldChange/properties/field/enum").forEach(f -> named.add(f.asText()));

        assertThat(named).containsExactlyElementsOf(Arrays.stream(Field.values()).map(Field::id).toList());
    }

    @Test
    void itRefusesAFieldItDoesNotKnowAndAValueOfTheWrongShape() throws IOException {
        JsonNode golden = JSON.readTree(Path.of("src/test/resources/diff/warwickshire.json").toFile());
        assertThat(schema().validate(golden)).isEmpty();

        ObjectNode unknownField = golden.deepCopy();
        ((ObjectNode) unknownField.at("/plan/0")).put("field", "colour");
        ObjectNode badFigure = golden.deepCopy();
        ((ObjectNode) badFigure.at("/areas/0/kpis/0/fields/0/after")).put("value", "eight hundred");

        assertThat(schema().validate(unknownField)).isNotEmpty();
        assertThat(schema().validate(badFigure)).isNotEmpty();
    }

    @Test
    void aDiffThatMeetsEveryFieldIsWhatTheSchemaDescribes() throws IOException {
        PlanDiff diff = PlanComparer.compare(PlanFixtures.resolved(PlanFixtures.TINY),
                PlanFixtures.resolved(PlanFixtures.EVERY_FIELD), "tiny", "every-field");
        StringWriter out = new StringWriter();
        try (PrintWriter writer = new PrintWriter(out)) {
            new JsonDiff().write(diff, writer);
        }
        JsonNode json = JSON.readTree(out.toString());
        List<String> fields = new ArrayList<>();
        json.findValues("field").forEach(f -> fields.add(f.asText()));

        assertThat(schema().validate(json)).isEmpty();
        assertThat(fields).contains("contact", "approved-by", "considered-by", "risk-matrix", "funding-streams",
                "short-name", "succeeded-by", "succeeded-on", "recurs", "until", "costs", "funder", "likelihood",
                "risk-impact", "rating", "reported-to", "frequency", "reported-by");
        assertThat(json.at("/monitoring")).isNotEmpty().allSatisfy(m -> assertThat(m.get("id").isNull()).isTrue());
        assertThat(json.at("/risks")).anySatisfy(r -> assertThat(r.toString())
                .contains("{\"field\":\"rating\",\"before\":null,\"after\":\"Medium\"}"));
        assertThat(json.at("/resources")).anySatisfy(r -> assertThat(r.toString())
                .contains("{\"field\":\"costs\",\"before\":null,\"after\":\"not yet costed\"}"));
    }
}
