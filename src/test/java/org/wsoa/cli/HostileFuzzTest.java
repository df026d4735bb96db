package org.wsoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterTry;
import org.wsoa.load.PlanFixtures;
import org.wsoa.render.Markdown;

/**
 * Issue 10, point 11's fuzz targets, run for a bounded number of tries in every build: the loader
 * (arbitrary bytes and YAML-shaped changes to each plan file, then {@code wsoa validate}) and the
 * Markdown path (any text to HTML; what validate passes, to HTML and PDF with {@code wsoa build}).
 * Nothing may escape but the documented diagnostics: exit code 0, 1 or 2, one-line messages, no
 * stack trace, no internal error.
 */
class HostileFuzzTest {

    private static final List<String> FILES = List.of("plan.yaml", "people.yaml", "governance.yaml", "weaknesses/w1.yaml",
            "risks.yaml", "resources.yaml", "glossary.yaml", "progress/2022-03-31.yaml", "introduction.md",
            "statement-of-intent.md");
    /** Pieces of YAML and Markdown syntax that the mutations splice in. */
    private static final List<String> SYNTAX = List.of("&a ", "*a", "<<: *a\n", "[", "]", "{", "}", "- ", "? ", ": ", "!!binary ",
            "!!python/object ", "!x ", "---\n", "...\n", "%YAML 1.1\n", "#", "\"", "'", "|\n", ">-\n", "\t", "\n  ", "\n",
            "~", "null", ".nan", "1e999999999", "0x1F", "2022-13-45", "9999-12-31", "\\x00", "\\uD800", "\uFEFF", "\uFFFE",
            "\u0000", "\u001B[2J", "\u202E", "> > > > ", "**_", "[x](", "![i](/etc/passwd)", "<script>", "`", "W1", "w1", "K1",
            "amorgan", "TBC", "\u0301\u0301\u0301");

    private Path dir;

    /** A change to one plan file: what to do, where (a fraction of its length), and with what. */
    record Mutation(int file, int kind, double where, int length, String splice, byte[] bytes) {
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.integers().between(0, FILES.size() - 1),
                Arbitraries.integers().between(0, 4), Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 200),
                Arbitraries.of(SYNTAX), Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(16))
                .as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 150, shrinking = ShrinkingMode.BOUNDED)
    void theLoaderGivesOnlyDiagnostics(@ForAll("mutations") List<Mutation> mutations) throws IOException {
        dir = Files.createTempDirectory("wsoa-fuzz");
        Path plan = PlanFixtures.copy(PlanFixtures.TINY, dir.resolve("plan"));
        for (Mutation m : mutations) {
            mutate(plan.resolve(FILES.get(m.file())), m);
        }

        CliRun run = CliRun.of("validate", "--format", "json", plan.toString());

        assertClean(run, mutations);
    }

    @Provide
    Arbitrary<String> markdown() {
        return Arbitraries.oneOf(Arbitraries.of(SYNTAX), Arbitraries.strings().ofMaxLength(6),
                Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(10), Arbitraries.of(" ", "\n", "\n\n"))
                .list().ofMaxSize(120).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 1000)
    void anyMarkdownBecomesHtml(@ForAll("markdown") String markdown) {
        String html = Markdown.toHtml(markdown);

        assertThat(html).doesNotContain("<script").doesNotContain("href=\"javascript:").doesNotContain("src=\"/etc");
    }

    @Property(tries = 8, shrinking = ShrinkingMode.BOUNDED)
    void markdownValidatePassesBuildsHtmlAndPdf(@ForAll("markdown") String markdown) throws IOException {
        dir = Files.createTempDirectory("wsoa-fuzz");
        Path plan = PlanFixtures.copy(PlanFixtures.TINY, dir.resolve("plan"));
        Files.writeString(plan.resolve("introduction.md"), markdown);
        Files.writeString(plan.resolve("statement-of-intent.md"), new StringBuilder(markdown).reverse().toString());

        CliRun validate = CliRun.of("validate", plan.toString());
        assertClean(validate, List.of(markdown));
        if (validate.exitCode() == 0) {
            CliRun build = CliRun.of("build", plan.toString(), "-o", dir.resolve("out").toString(), "--wait", "0");
            assertClean(build, List.of(markdown));
            assertThat(build.exitCode()).as(markdown).isZero();
        }
    }

    @AfterTry
    void removeThePlan() throws IOException {
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
            dir = null;
        }
    }

    private static void assertClean(CliRun run, List<?> input) {
        String printed = run.out() + run.err();
        assertThat(run.exitCode()).as(input.toString()).isIn(0, 1, 2);
        assertThat(printed).as(input.toString()).doesNotContain("internal error:").doesNotContain("Exception")
                .doesNotContainPattern("(?m)^\\s+at [\\w$.]+\\(");
    }

    private static void mutate(Path file, Mutation m) throws IOException {
        byte[] content = Files.readAllBytes(file);
        int at = (int) Math.min(content.length, Math.floor(m.where() * content.length));
        byte[] insert = switch (m.kind()) {
            case 0 -> m.bytes();
            case 1, 2 -> m.splice().getBytes(StandardCharsets.UTF_8);
            default -> new byte[0];
        };
        int remove = switch (m.kind()) {
            case 2, 3 -> Math.min(m.length() % 40, content.length - at);
            default -> 0;
        };
        if (m.kind() == 4) {
            // Repeat a slice of the file: a key, a list item or a line written again.
            int end = Math.min(content.length, at + m.length());
            insert = java.util.Arrays.copyOfRange(content, at, end);
        }
        byte[] result = new byte[content.length - remove + insert.length];
        System.arraycopy(content, 0, result, 0, at);
        System.arraycopy(insert, 0, result, at, insert.length);
        System.arraycopy(content, at + remove, result, at + insert.length, content.length - at - remove);
        Files.write(file, result);
    }
}
