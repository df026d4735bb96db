package org.wsoa.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository's ./wsoa, run after {@code mvn verify} has built the jar again: it must start with
 * a class-data archive that matches the new jar (before, it kept the old one, which the JVM
 * silently refused, and every command started without).
 */
class RepositoryLauncherIT {

    @Test
    void startsWithAnArchiveOfTheJarThatTheBuildJustMade() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        Map<String, String> env = Processes.hostEnvironment();
        env.remove("WSOA_JAVA_OPTS");
        Processes.Result first = Processes.run(root, env, List.of("./wsoa", "--version"));
        env.put("WSOA_JAVA_OPTS", "-Xshare:on -Xlog:class+load=info");
        Processes.Result second = Processes.run(root, env, List.of("./wsoa", "--version"));

        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.err()).as("./wsoa must not build again after mvn package").isEmpty();
        assertThat(second.out()).contains("org.wsoa.cli.Main source: shared objects file");
        try (Stream<Path> files = Files.list(root.resolve("target"))) {
            assertThat(files.filter(f -> f.getFileName().toString().matches("wsoa-.*\\.jsa")).toList()).singleElement()
                    .satisfies(archive -> assertThat(Files.getLastModifiedTime(archive))
                            .isEqualTo(Files.getLastModifiedTime(root.resolve("target/wsoa.jar"))));
        }
    }

    /** A clone's launcher is ./wsoa, as the README says; wsoa init says so too. */
    @Test
    void initSaysWhichCommandToRunNextAsTheReadmeDoes(@org.junit.jupiter.api.io.TempDir Path temp) {
        Path root = Path.of("").toAbsolutePath();
        Path plan = temp.resolve("new-plan");

        Processes.Result init = Processes.run(root, Processes.hostEnvironment(), List.of("./wsoa", "init", plan.toString(),
                "--kind", "wsoa", "--area", "Exampleshire", "--received", "2021-11-05"));

        assertThat(init.exitCode()).as(init.toString()).isZero();
        assertThat(init.out()).endsWith("\nNext: fill in the places marked [insert ...], then run: ./wsoa validate " + plan
                + "\n");
    }
}
