package org.wsoa.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wsoa.cli.CliRunner;

/**
 * Issue 15, point 17: the SARIF of an example plan passes the SARIF multitool's validation
 * ({@code @microsoft/sarif-multitool validate}, the rules GitHub's own SARIF guidance follows) with
 * no error or warning, however the plan is named: by an absolute path, from the repository's
 * root, and against a {@code --base} that leaves some files outside it. The multitool comes from npm,
 * pinned by src/test/sarif/package-lock.json; {@code npm ci --prefer-offline} takes it from npm's
 * cache, which .ci/fetch fills, so that the test runs with no network.
 */
class SarifMultitoolIT {

    private static final Path PACKAGE = Path.of("src/test/sarif");
    private static final Path NODE = Path.of("target/sarif-node").toAbsolutePath();
    private static final Path OUT = Path.of("target/sarif-check").toAbsolutePath();
    /** An example plan, as at a day when it has findings of its own (overdue actions, missing updates). */
    private static final Path EXAMPLE = Path.of("plans/bcp-wsoa-2021");
    private static final String AS_OF = "2023-12-31";

    private static Path multitool;

    @BeforeAll
    static void installTheMultitool() throws Exception {
        Files.createDirectories(NODE);
        Files.createDirectories(OUT);
        Files.copy(PACKAGE.resolve("package.json"), NODE.resolve("package.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(PACKAGE.resolve("package-lock.json"), NODE.resolve("package-lock.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        // npm ci installs exactly what the lockfile says, from npm's cache when the packages are there.
        Run install = run(NODE, List.of("npm", "ci", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"));
        assertThat(install.exitCode()).as("npm ci in %s could not install the packages of %s/package-lock.json;"
                + " with no network, run .ci/fetch once while online\n%s", NODE, PACKAGE, install).isZero();
        // The package for this platform names its program; npm may have left out its postinstall chmod.
        Run where = run(NODE, List.of("node", "-p", "require('@microsoft/sarif-multitool')"));
        assertThat(where.exitCode()).as(where.toString()).isZero();
        multitool = Path.of(where.out().strip());
        assertThat(multitool.toFile().setExecutable(true)).as("chmod " + multitool).isTrue();
    }

    @Test
    void theSarifOfAnExampleNamedByItsAbsolutePathIsValid() throws Exception {
        Path sarif = sarif("absolute", "validate", "--format", "sarif", "--as-of", AS_OF,
                EXAMPLE.toAbsolutePath().toString());

        assertThat(results(sarif)).hasSizeGreaterThan(10);
        assertThat(problems(sarif)).isEmpty();
    }

    @Test
    void theSarifAgainstABaseThatLeavesFilesOutsideItIsValid() throws Exception {
        Path sarif = sarif("base", "validate", "--format", "sarif", "--as-of", AS_OF,
                "--base", EXAMPLE.resolve("weaknesses").toString(), EXAMPLE.toString());

        List<String> uris = new ArrayList<>();
        results(sarif).forEach(r -> uris.add(r.at("/locations/0/physicalLocation/artifactLocation/uri").asText()));
        assertThat(uris).anyMatch(uri -> uri.matches("w\\d\\.yaml"))
                .anyMatch(uri -> uri.startsWith("file:///") && uri.endsWith("/plans/bcp-wsoa-2021/progress/2022-09-30.yaml"));
        assertThat(problems(sarif)).isEmpty();
    }

    /** The multitool finds what code scanning refused: an absolute path given as a URI relative to a base. */
    @Test
    void theMultitoolRejectsAnAbsolutePathGivenAsARelativeUri() throws Exception {
        Path sarif = sarif("broken", "validate", "--format", "sarif", "--as-of", AS_OF, EXAMPLE.toString());
        JsonNode log = new ObjectMapper().readTree(sarif.toFile());
        ((ObjectNode) log.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation"))
                .put("uri", EXAMPLE.toAbsolutePath().resolve("plan.yaml").toString());
        new ObjectMapper().writeValue(sarif.toFile(), log);

        assertThat(problems(sarif)).singleElement().asString().startsWith("SARIF1004 error:");
    }

    /** wsoa's SARIF for {@code args}, run from the repository's root, in {@code OUT/name.sarif}. */
    private static Path sarif(String name, String... args) throws IOException {
        CliRunner.Result run = CliRunner.run(args);
        // The example's findings as at that day are warnings, which fail only with --strict.
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path sarif = OUT.resolve(name + ".sarif");
        Files.writeString(sarif, run.out(), StandardCharsets.UTF_8);
        return sarif;
    }

    private static List<JsonNode> results(Path sarif) throws IOException {
        List<JsonNode> results = new ArrayList<>();
        new ObjectMapper().readTree(sarif.toFile()).at("/runs/0/results").forEach(results::add);
        return results;
    }

    /**
     * The errors and warnings that the multitool's validation finds in {@code sarif}, one line each.
     * Its notes are suggestions that wsoa leaves: rule IDs such as {@code CS2001} rather than
     * {@code deadline}, code snippets in every result, a URI check that needs the network.
     */
    private static List<String> problems(Path sarif) throws Exception {
        Path log = OUT.resolve(sarif.getFileName() + ".validation.sarif");
        Files.deleteIfExists(log);
        Run validate = run(OUT, List.of(multitool.toString(), "validate", sarif.toString(), "--output", log.toString(),
                "--level", "Error;Warning", "--quiet"));
        assertThat(validate.exitCode()).as(validate.toString()).isZero();
        List<String> problems = new ArrayList<>();
        for (JsonNode result : new ObjectMapper().readTree(log.toFile()).at("/runs/0/results")) {
            problems.add(result.path("ruleId").asText() + " " + result.path("level").asText("warning") + ": "
                    + result.path("message").path("id").asText() + " " + result.path("message").path("arguments"));
        }
        return problems;
    }

    private record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private static Run run(Path dir, List<String> command) throws Exception {
        Path out = Files.createTempFile(OUT, "out", ".txt");
        Path err = Files.createTempFile(OUT, "err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            // The multitool is a .NET program: without this it needs the ICU libraries installed.
            builder.environment().put("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1");
            Process process = builder.start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + command);
            }
            return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
