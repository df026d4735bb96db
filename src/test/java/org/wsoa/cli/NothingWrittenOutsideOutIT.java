package org.wsoa.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsoa.load.PlanFixtures;

/**
 * Issue 10, point 3: a build writes nothing outside its output directory. Java's font manager
 * (for the charts' text), PDFBox (for its fonts) and ImageIO (for a council's logo) each wrote
 * under the home directory or in the shared temporary directory; the build runs here in a
 * process of its own with a home, a temporary directory and a working directory that must stay
 * empty, first with every write watched, then as it is.
 */
class NothingWrittenOutsideOutIT {

    @TempDir
    Path temp;

    @Test
    void aBuildWithChartsAndAnImageWritesOnlyItsTwoFiles() throws IOException {
        assumeTrue(Runtime.version().feature() < 24, "Java 24 and later have no security manager to watch with");
        Path plan = planWithLogo();
        Path out = temp.resolve("out");
        Path home = Files.createDirectories(temp.resolve("home"));
        Path tmp = Files.createDirectories(temp.resolve("tmp"));
        Path work = Files.createDirectories(temp.resolve("work"));

        WsoaProcess.Result run = new WsoaProcess().jar().main(WatchedMain.class).in(work)
                // Java's font manager is shown a home directory below /dev/null, where nothing can be made.
                .jvm("-Djava.security.manager=allow",
                        "-D" + WatchedMain.ALLOWED + "=" + out + java.io.File.pathSeparator + "/dev/null",
                        "-Duser.home=" + home, "-Djava.io.tmpdir=" + tmp)
                .env("HOME", home.toString()).env("TMPDIR", tmp.toString())
                .run("build", plan.toString(), "-o", out.toString(), "--templates", temp.resolve("templates").toString());

        // The JVM warns that a security manager was installed, and SLF4J, which only the test class
        // path has, that it has nowhere to log; nothing else may be said.
        assertThat(run.errText().lines().filter(line -> !line.startsWith("WARNING: ") && !line.startsWith("SLF4J")))
                .isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(out.resolve("exampleshire-wsoa-2021.html"))).contains("<img src=\"" + plan.resolve("logo.png").toUri());
        assertThat(new String(Files.readAllBytes(out.resolve("exampleshire-wsoa-2021.pdf")), java.nio.charset.StandardCharsets.ISO_8859_1))
                .as("the logo is in the PDF, so ImageIO read it").contains("/Subtype /Image");
        assertThat(list(out)).containsExactly(".wsoa.lock", "exampleshire-wsoa-2021.html", "exampleshire-wsoa-2021.pdf");
        assertThat(list(home)).isEmpty();
        assertThat(list(tmp)).isEmpty();
        assertThat(list(work)).isEmpty();
    }

    @Test
    void withoutAWatchNothingIsLeftInTheHomeOrTemporaryDirectory() throws IOException {
        Path out = temp.resolve("out");
        Path home = Files.createDirectories(temp.resolve("home"));
        Path tmp = Files.createDirectories(temp.resolve("tmp"));

        WsoaProcess.Result run = new WsoaProcess().jar().in(tmp)
                .jvm("-Duser.home=" + home, "-Djava.io.tmpdir=" + tmp)
                .env("HOME", home.toString()).env("TMPDIR", tmp.toString())
                .run("build", Path.of("plans/bcp-wsoa-2021").toAbsolutePath().toString(), "-o", out.toString());

        assertThat(run.exitCode()).as(run.errText()).isZero();
        assertThat(list(out)).containsExactly(".wsoa.lock", "bcp-wsoa-2021.html", "bcp-wsoa-2021.pdf");
        assertThat(list(home)).isEmpty();
        assertThat(list(tmp)).isEmpty();
    }

    /** The tiny plan with a council's cover template that shows a logo kept in the plan. */
    private Path planWithLogo() throws IOException {
        Path plan = PlanFixtures.copy(PlanFixtures.TINY, temp.resolve("plan"));
        try (var png = NothingWrittenOutsideOutIT.class.getResourceAsStream("/publish/logo.png")) {
            Files.copy(png, plan.resolve("logo.png"));
        }
        Path templates = Files.createDirectories(temp.resolve("templates"));
        String cover = Files.readString(Path.of("templates/cover.ftlh"));
        Files.writeString(templates.resolve("cover.ftlh"), cover.replaceFirst("<h1",
                "<img src=\"" + plan.resolve("logo.png").toUri() + "\" alt=\"The council's logo\"/><h1"));
        return plan;
    }

    private static java.util.List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }
}
