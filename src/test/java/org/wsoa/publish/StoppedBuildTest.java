package org.wsoa.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, point 3: a build's temporary files are removed however it stops: Ctrl-C and SIGTERM
 * run the exit hook; a SIGKILL gives the JVM no chance, so the next build removes them.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class StoppedBuildTest {

    @TempDir
    Path temp;

    @Test
    void sigtermRemovesTheTemporaryFiles() throws Exception {
        Path out = temp.resolve("out");
        Process build = startAndWait(out);

        build.destroy(); // SIGTERM

        assertThat(build.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(OutputDirectoryTest.list(out)).containsExactly(OutputLock.NAME);
    }

    @Test
    void ctrlCRemovesTheTemporaryFiles() throws Exception {
        Path out = temp.resolve("out");
        Process build = startAndWait(out);

        new ProcessBuilder("kill", "-INT", Long.toString(build.pid())).start().waitFor();

        assertThat(build.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(OutputDirectoryTest.list(out)).containsExactly(OutputLock.NAME);
    }

    @Test
    void whatAKilledBuildLeavesIsRemovedByTheNextBuild() throws Exception {
        Path out = temp.resolve("out");
        Process build = startAndWait(out);

        build.destroyForcibly(); // SIGKILL
        assertThat(build.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(OutputDirectoryTest.list(out)).hasSize(3).contains(OutputLock.NAME);

        try (OutputDirectory next = OutputDirectory.open(out, Duration.ZERO, () -> { })) {
            next.publish(OutputDirectoryTest.files("plan.html", "whole"));
        }
        assertThat(OutputDirectoryTest.list(out)).containsExactly(OutputLock.NAME, "plan.html");
    }

    /** Starts a build that stops half-way, and waits until it has staged its file. */
    private static Process startAndWait(Path out) throws Exception {
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path"), HoldsOutput.class.getName(), out.toString()))
                .redirectErrorStream(true).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = lines.readLine();
        assertThat(line).as("the build says it is ready").isEqualTo("ready");
        try (var staged = Files.list(out)) {
            assertThat(staged.map(p -> p.getFileName().toString()))
                    .anyMatch(name -> name.startsWith(OutputDirectory.STAGING_PREFIX)).contains(OutputLock.NAME);
        }
        return process;
    }
}
