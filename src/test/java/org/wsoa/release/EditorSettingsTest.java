package org.wsoa.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The VS Code settings in docs/editors.md, tried on the example plans as a repository of plans: every
 * plan file gets exactly one schema, the right one, and passes it.
 */
class EditorSettingsTest {

    @Test
    void everyPlanFileGetsExactlyItsOwnSchema() throws IOException {
        Matcher block = Pattern.compile("(?s)```json\n(.*?)```").matcher(Files.readString(Path.of("docs/editors.md")));
        assertThat(block.find()).isTrue();
        JsonNode schemas = new ObjectMapper().readTree(block.group(1)).path("yaml.schemas");
        assertThat(schemas.size()).isEqualTo(9);

        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("plans"))) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(40);
        for (Path file : files) {
            List<String> matched = new ArrayList<>();
            for (Map.Entry<String, JsonNode> entry : (Iterable<Map.Entry<String, JsonNode>>) schemas::fields) {
                String glob = entry.getValue().asText();
                boolean strict = FileSystems.getDefault().getPathMatcher("glob:" + glob).matches(file);
                boolean loose = looseGlob(glob).matcher(file.toString()).matches();
                assertThat(loose).as(glob + " on " + file + ", with * within a folder and across folders")
                        .isEqualTo(strict);
                if (strict) {
                    matched.add(entry.getKey());
                }
            }
            assertThat(matched).as(file.toString()).hasSize(1);
            // The settings name the schemas as copied to schema/ at the top of a repository.
            Path schema = Path.of("docs/schema").resolve(Path.of(matched.get(0)).getFileName());
            assertThat(schema).as(file + " gets " + schema).hasFileName(schemaName(file));
            try (InputStream in = Files.newInputStream(schema)) {
                var errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in)
                        .validate(new YAMLMapper().readTree(file.toFile()));
                assertThat(errors).as(file.toString()).isEmpty();
            }
        }
    }

    /** The YAML extension's reading of a glob, in which {@code *} also matches across folders. */
    private static Pattern looseGlob(String glob) {
        return Pattern.compile(Pattern.quote(glob).replace("*", "\\E.*\\Q"));
    }

    /** The schema each kind of plan file has, by the file's place in the plan. */
    private static String schemaName(Path file) {
        String folder = file.getParent().getFileName().toString();
        return switch (folder) {
            case "weaknesses" -> "weakness";
            case "progress" -> "progress";
            default -> file.getFileName().toString().replace(".yaml", "");
        } + ".schema.json";
    }
}
