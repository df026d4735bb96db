package org.wsoa.init;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.wsoa.calendar.WorkingDays;
import org.wsoa.model.PlanKind;

/**
 * Every YAML file that {@code wsoa init} writes starts with the line that points VS Code's YAML
 * extension (and any editor using yaml-language-server) at its schema, relative to the file, so that
 * completion and checking work with no settings.
 */
class SchemaLineTest {

    private static final Pattern SCHEMA_LINE = Pattern.compile("# yaml-language-server: \\$schema=(\\S+)");

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(PlanKind.class)
    void everyYamlFilePointsAtItsOwnSchemaInThePlan(PlanKind kind) throws IOException {
        Path dir = temp.resolve("plan");
        LocalDate received = LocalDate.of(2023, 1, 20);
        List<String> written = PlanSkeleton.write(dir, new PlanSkeleton.Settings(kind, "Exampleshire", received,
                SkeletonDates.from(received, WorkingDays.englandAndWales())));

        List<String> yaml = written.stream().filter(f -> f.endsWith(".yaml")).toList();
        assertThat(yaml).containsExactly("plan.yaml", "people.yaml", "governance.yaml", "weaknesses/w1.yaml",
                "risks.yaml", "resources.yaml", "glossary.yaml");
        for (String name : yaml) {
            Path file = dir.resolve(name);
            String schemaName = (name.startsWith("weaknesses/") ? "weakness" : name.replace(".yaml", ""))
                    + ".schema.json";
            Matcher line = SCHEMA_LINE.matcher(Files.readAllLines(file).get(0));
            assertThat(line.matches()).as(name + " starts with the schema line").isTrue();
            Path schema = file.getParent().resolve(line.group(1)).normalize();
            assertThat(schema).as(name).isEqualTo(dir.resolve(".schema").resolve(schemaName));
            try (InputStream in = Files.newInputStream(schema)) {
                var errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in)
                        .validate(new YAMLMapper().readTree(file.toFile()));
                assertThat(errors).as(name + " against " + schemaName).isEmpty();
            }
        }
    }
}
