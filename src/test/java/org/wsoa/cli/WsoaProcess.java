package org.wsoa.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs wsoa as users do, in a Java process of its own, so that tests can give it another
 * locale, time zone, encoding, home or temporary directory, environment, or signal.
 */
final class WsoaProcess {

    /** The jar that {@code mvn package} made, which the integration tests (*IT) run. */
    static final Path JAR = Path.of("target/wsoa.jar").toAbsolutePath();

    private final List<String> jvmOptions = new ArrayList<>();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private String mainClass = Main.class.getName();
    private boolean fromJar;
    private Path directory;

    /**
     * Runs the packaged jar ({@link #JAR}) rather than the classes on the test class path, as
     * users do; a main class of the tests ({@link #main}) then runs with the jar on its class path.
     */
    WsoaProcess jar() {
        fromJar = true;
        return this;
    }

    /** A JVM option such as {@code -Duser.language=tr}. */
    WsoaProcess jvm(String... options) {
        jvmOptions.addAll(List.of(options));
        return this;
    }

    WsoaProcess env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** The working directory of the process. */
    WsoaProcess in(Path dir) {
        directory = dir;
        return this;
    }

    /** Runs another main class from the test class path (a helper that wraps wsoa). */
    WsoaProcess main(Class<?> main) {
        mainClass = main.getName();
        return this;
    }

    /** What a finished run printed and returned. */
    record Result(int exitCode, byte[] out, byte[] err) {
        String outText() {
            return new String(out, StandardCharsets.UTF_8);
        }

        String errText() {
            return new String(err, StandardCharsets.UTF_8);
        }
    }

    /** Starts wsoa with these arguments, for a test that signals or waits on it. */
    Process start(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // A short-lived tool: the quickest start, and no performance data file in the shared /tmp.
        command.addAll(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-Xlog:disable"));
        command.addAll(jvmOptions);
        if (fromJar && mainClass.equals(Main.class.getName())) {
            command.addAll(List.of("-jar", JAR.toString()));
        } else if (fromJar) {
            Path tests = Path.of("target/test-classes").toAbsolutePath();
            command.addAll(List.of("-cp", JAR + java.io.File.pathSeparator + tests, mainClass));
        } else {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        }
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs wsoa with these arguments to the end (at most two minutes). */
    Result run(String... args) {
        Process process = start(args);
        try {
            process.getOutputStream().close();
            CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("wsoa " + String.join(" ", args) + " did not finish within two minutes");
            }
            return new Result(process.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
