package org.wsoa.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs programs as a user's shell would, with exactly the environment given, and keeps their output. */
final class Processes {

    /** What a program printed, and how it ended. */
    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private Processes() {
    }

    /** The environment of the test itself, for tools (unzip, bash) that are not under test. */
    static Map<String, String> hostEnvironment() {
        return new HashMap<>(System.getenv());
    }

    /** The JDK that runs the tests: its bin/ is the only Java a release test puts on the PATH. */
    static Path javaBin() {
        return Path.of(System.getProperty("java.home"), "bin");
    }

    static Result run(Path dir, Map<String, String> environment, List<String> command) {
        try {
            Path out = Files.createTempFile("wsoa-out", ".txt");
            Path err = Files.createTempFile("wsoa-err", ".txt");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                        .redirectOutput(out.toFile()).redirectError(err.toFile());
                builder.environment().clear();
                builder.environment().putAll(environment);
                Process process = builder.start();
                if (!process.waitFor(5, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("timed out: " + command);
                }
                return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
