package org.wsoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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

/**
 * Issue 10, point 6: every plan that {@code wsoa validate} accepts, {@code wsoa build} publishes in
 * both editions. Plans are made from the tiny plan with generated text (any script, combining
 * marks, emoji, long words, Markdown), counts of actions, dates and optional files and fields
 * left out. A plan validate refuses proves nothing and is only counted; a plan it accepts must
 * build, with exit 0 and both editions written, and no internal error.
 */
class WhatValidatePassesBuildPublishesTest {

    private Path dir;

    /** One generated plan: the text it carries, and its shape. */
    record Shape(String title, String action, String introduction, int actions, int startShift, int length,
                 boolean risks, boolean glossary, boolean statement, boolean partners) {
    }

    @Provide
    Arbitrary<String> text() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(100).ofMaxLength(300),
                Arbitraries.strings().withCharRange('\u0400', '\u04ff').ofMinLength(1).ofMaxLength(8),
                Arbitraries.strings().withCharRange('\u0600', '\u06ff').ofMinLength(1).ofMaxLength(8),
                Arbitraries.strings().withCharRange('\u4e00', '\u4fff').ofMinLength(1).ofMaxLength(8),
                Arbitraries.strings().withCharRange('\u0300', '\u036f').ofMinLength(1).ofMaxLength(40),
                Arbitraries.of("\uD83D\uDE00", "\uD83C\uDDEC\uD83C\uDDE7", "\u200D", "\u00A0", "\u2028", "&amp;", "&#0;", "<b>",
                        "</p>", "<script>", "]]>", "--", "\\", "\"", "'", "`", "``", "**", "_", "*", "~~", "[x](y)",
                        "[x](javascript:alert(1))", "![i](/etc/passwd)", "<http://x>", "# ", "> ", "- ", "1. ", "| a | b |",
                        "\n", "\n\n", "\t", "    ", "TBC", "[insert]", "W1", "SEND", "EHC", "%", "{", "}", "#", ":", ": "));
        return pieces.list().ofMinSize(1).ofMaxSize(25).map(list -> String.join(" ", list).strip())
                .filter(s -> !s.isEmpty());
    }

    @Provide
    Arbitrary<Shape> shapes() {
        Arbitrary<String> text = text();
        Arbitrary<Boolean> flag = Arbitraries.of(true, false);
        return Combinators.combine(
                Combinators.combine(text, text, text, Arbitraries.integers().between(1, 30)).as(List::of),
                Combinators.combine(Arbitraries.integers().between(-400, 400), Arbitraries.integers().between(1, 700),
                        flag, flag, flag, flag).as(List::of))
                .as((a, b) -> new Shape((String) a.get(0), (String) a.get(1), (String) a.get(2), (Integer) a.get(3),
                        (Integer) b.get(0), (Integer) b.get(1), (Boolean) b.get(2), (Boolean) b.get(3), (Boolean) b.get(4),
                        (Boolean) b.get(5)));
    }

    @Property(tries = 12, shrinking = ShrinkingMode.BOUNDED)
    void aPlanValidateAcceptsBuildsBothEditions(@ForAll("shapes") Shape shape) throws IOException {
        dir = Files.createTempDirectory("wsoa-property");
        Path plan = write(shape, dir.resolve("plan"));
        Path out = dir.resolve("out");

        CliRun validate = CliRun.of("validate", plan.toString());
        assertThat(validate.out() + validate.err()).doesNotContain("internal error:").doesNotContain("Exception");
        assertThat(validate.exitCode()).isIn(0, 1);
        if (validate.exitCode() != 0) {
            return;
        }
        CliRun build = CliRun.of("build", plan.toString(), "-o", out.toString(), "--wait", "0");

        assertThat(build.err()).as(shape.toString()).isEmpty();
        assertThat(build.exitCode()).as(shape.toString()).isZero();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder(".wsoa.lock", "exampleshire-wsoa-2021.html", "exampleshire-wsoa-2021.pdf");
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
        }
    }

    /** The tiny plan with the shape's text, counts, dates and optional parts. */
    static Path write(Shape shape, Path plan) {
        PlanFixtures.copy(PlanFixtures.TINY, plan);
        try {
            PlanFixtures.edit(plan, "weaknesses/w1.yaml", "title: Timeliness of EHC plans", "title: " + quoted(shape.title()));
            Path weakness = plan.resolve("weaknesses/w1.yaml");
            String w1 = Files.readString(weakness);
            StringBuilder actions = new StringBuilder("actions:\n");
            LocalDate start = LocalDate.of(2022, 2, 16).plusDays(Math.max(0, shape.startShift()));
            for (int i = 1; i <= shape.actions(); i++) {
                actions.append("  - id: W1.").append(i).append('\n')
                        .append("    action: ").append(quoted(i == 1 ? shape.action() : shape.action() + " " + i)).append('\n')
                        .append("    lead: ").append(i % 2 == 0 ? "amorgan" : "bpatel").append('\n');
                if (shape.partners()) {
                    actions.append("    partners: [ecc, icb]\n");
                }
                actions.append("    start: ").append(start).append('\n')
                        .append("    due: ").append(start.plusDays(shape.length())).append('\n')
                        .append("    impact: ").append(quoted(shape.title())).append('\n');
                if (i > 1) {
                    actions.append("    depends-on: [W1.").append(i - 1).append("]\n");
                }
            }
            Files.writeString(weakness, w1.substring(0, w1.indexOf("actions:\n")) + actions);
            Files.writeString(plan.resolve("introduction.md"), shape.introduction() + "\n");
            if (shape.startShift() < 0) {
                PlanFixtures.edit(plan, "plan.yaml", "end: 2023-08-31}", "end: " + LocalDate.of(2023, 8, 31)
                        .plusDays(-shape.startShift()) + "}");
            }
            if (!shape.risks()) {
                Files.delete(plan.resolve("risks.yaml"));
            }
            if (!shape.glossary()) {
                Files.delete(plan.resolve("glossary.yaml"));
            }
            if (!shape.statement()) {
                Files.delete(plan.resolve("statement-of-intent.md"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return plan;
    }

    /** A YAML double-quoted scalar (JSON's escapes are YAML's). */
    static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c == '\n') {
                quoted.append("\\n");
            } else if (c == '\t') {
                quoted.append("\\t");
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
