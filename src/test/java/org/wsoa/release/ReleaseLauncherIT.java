package org.wsoa.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release's bin/wsoa on a machine with nothing but Java: the PATH holds the JDK's bin/ and a
 * folder with dash as sh and the few POSIX utilities the launcher uses; no bash, no Maven.
 */
class ReleaseLauncherIT {

    /** The POSIX utilities bin/wsoa may use; anything else it calls fails these tests. */
    private static final List<String> UTILITIES = List.of("ls", "dirname", "sed", "head", "cksum", "find", "mkdir",
            "rm", "mv", "touch");
    private static final String NOBODY = "65534";

    @TempDir
    Path temp;

    private Path home;
    private Path tools;

    @BeforeEach
    void unzipTheRelease() throws IOException {
        // Readable by everyone, for the test that runs the launcher as another user.
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        home = Release.unzip(temp);
        tools = Files.createDirectories(temp.resolve("tools"));
        Files.createSymbolicLink(tools.resolve("sh"), Path.of("/usr/bin/dash"));
        for (String utility : UTILITIES) {
            Files.createSymbolicLink(tools.resolve(utility), which(utility));
        }
    }

    @Test
    void validatesAndBuildsAnExamplePlanWithOnlyJava() throws IOException {
        Processes.Result validate = wsoa(onlyJava(), "validate", "plans/medway-app-2020");
        Processes.Result build = wsoa(onlyJava(), "build", "plans/medway-app-2020", "-o", temp.resolve("out").toString());

        assertThat(validate.exitCode()).as(validate.toString()).isZero();
        assertThat(validate.out()).isEqualTo("plans/medway-app-2020: 0 errors, 0 warnings in 10 files\n");
        assertThat(validate.err()).isEmpty();
        assertThat(build.exitCode()).as(build.toString()).isZero();
        assertThat(Files.readString(temp.resolve("out/medway-app-2020.html"))).contains("<html lang=\"en-GB\"");
        assertThat(Files.readAllBytes(temp.resolve("out/medway-app-2020.pdf"))).startsWith("%PDF-".getBytes());
    }

    /** The release's launcher is `wsoa` (on the PATH, as docs/install.md sets it up), not the repository's ./wsoa. */
    @Test
    void initSaysWhichCommandToRunNextAsTheReleaseCallsIt() {
        Path plan = temp.resolve("new-plan");

        Processes.Result init = wsoa(onlyJava(), "init", plan.toString(), "--kind", "wsoa", "--area", "Exampleshire",
                "--received", "2021-11-05");

        assertThat(init.exitCode()).as(init.toString()).isZero();
        assertThat(init.out()).endsWith("\nNext: fill in the places marked [insert ...], then run: wsoa validate " + plan
                + "\n");
    }

    @Test
    void theFirstRunMakesAClassDataArchiveBesideTheJarThatLaterRunsUse() throws IOException {
        Processes.Result first = wsoa(onlyJava(), "--version");
        List<Path> archives = archivesIn(home.resolve("lib"));
        Processes.Result second = wsoa(withOptions(onlyJava(), "-Xshare:on -Xlog:class+load=info"), "--version");

        assertThat(first.out()).isEqualTo("wsoa " + Release.VERSION + "\n");
        assertThat(archives).singleElement().satisfies(archive -> assertThat(Files.getLastModifiedTime(archive))
                .isEqualTo(Files.getLastModifiedTime(home.resolve("lib/wsoa.jar"))));
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(second.out()).contains("org.wsoa.cli.Main source: shared objects file");
    }

    @Test
    void aJarChangedSinceTheArchiveGetsANewOne() throws IOException {
        Path jar = home.resolve("lib/wsoa.jar");
        FileTime built = FileTime.from(java.time.Instant.parse("2026-01-01T10:00:00Z"));
        Files.setLastModifiedTime(jar, built);
        wsoa(onlyJava(), "--version");
        // Built again 30 seconds later, the same size (the jar is reproducible): `ls -l` shows the
        // same line, and only the archive's own time tells that the JVM would refuse it.
        FileTime rebuilt = FileTime.from(built.toInstant().plusSeconds(30));
        String before = Processes.run(home, onlyJava(), List.of("ls", "-ln", "lib/wsoa.jar")).out();
        Files.setLastModifiedTime(jar, rebuilt);
        assertThat(Processes.run(home, onlyJava(), List.of("ls", "-ln", "lib/wsoa.jar")).out()).isEqualTo(before);

        Processes.Result run = wsoa(withOptions(onlyJava(), "-Xshare:on -Xlog:class+load=info"), "--version");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("org.wsoa.cli.Main source: shared objects file");
        assertThat(archivesIn(home.resolve("lib"))).singleElement()
                .satisfies(archive -> assertThat(Files.getLastModifiedTime(archive)).isEqualTo(rebuilt));
    }

    @Test
    void aReadOnlyInstallKeepsTheArchiveInTheUsersCache() throws IOException {
        Path cache = Files.createDirectories(temp.resolve("cache"));
        Path userHome = Files.createDirectories(temp.resolve("home"));
        for (Path dir : List.of(cache, userHome)) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        }
        makeReadOnly(home);
        Map<String, String> env = onlyJava();
        env.put("HOME", userHome.toString());
        Map<String, String> xdg = new HashMap<>(env);
        xdg.put("XDG_CACHE_HOME", cache.toString());

        Processes.Result withXdg = asAnotherUser(xdg, "validate", "plans/medway-app-2020");
        Processes.Result withoutXdg = asAnotherUser(env, "--version");

        assertThat(withXdg.exitCode()).as(withXdg.toString()).isZero();
        assertThat(withoutXdg.exitCode()).as(withoutXdg.toString()).isZero();
        assertThat(archivesIn(home.resolve("lib"))).isEmpty();
        assertThat(archivesIn(cache.resolve("wsoa"))).hasSize(1);
        assertThat(archivesIn(userHome.resolve(".cache/wsoa"))).hasSize(1);
    }

    @Test
    void findsItsInstallThroughASymbolicLink() throws IOException {
        Path bin = Files.createDirectories(temp.resolve("my-bin"));
        Files.createSymbolicLink(bin.resolve("wsoa"), home.resolve("bin/wsoa"));

        Processes.Result run = Processes.run(temp, onlyJava(),
                List.of(tools.resolve("sh").toString(), bin.resolve("wsoa").toString(), "--version"));

        assertThat(run.out()).as(run.toString()).isEqualTo("wsoa " + Release.VERSION + "\n");
    }

    @Test
    void saysPlainlyWhenJavaIsMissingOrTooOld() throws IOException {
        Map<String, String> noJava = onlyJava();
        noJava.put("PATH", tools.toString());
        Processes.Result missing = wsoa(noJava, "--version");
        Path java11 = fakeJava("java-11", "openjdk version \"11.0.22\" 2024-01-16");
        Path java8 = fakeJava("java-8", "java version \"1.8.0_402\"");
        Processes.Result old11 = wsoa(withJavaHome(java11), "--version");
        Processes.Result old8 = wsoa(withJavaHome(java8), "--version");
        Processes.Result noBinJava = wsoa(withJavaHome(temp), "--version");

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("wsoa: needs Java 17 or later, and there is no `java` on the PATH"
                + " (install a Java runtime, or set JAVA_HOME)\n");
        assertThat(old11.exitCode()).isEqualTo(2);
        assertThat(old11.err()).isEqualTo("wsoa: needs Java 17 or later, but " + java11.resolve("bin/java")
                + " is Java 11.0.22; install a newer one, or set JAVA_HOME to it\n");
        assertThat(old8.err()).isEqualTo("wsoa: needs Java 17 or later, but " + java8.resolve("bin/java")
                + " is Java 1.8.0_402; install a newer one, or set JAVA_HOME to it\n");
        assertThat(noBinJava.err()).isEqualTo("wsoa: JAVA_HOME is " + temp
                + ", which has no bin/java; set it to a Java 17 (or later) runtime\n");
    }

    private Processes.Result wsoa(Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(tools.resolve("sh").toString(), "bin/wsoa"));
        command.addAll(List.of(args));
        return Processes.run(home, env, command);
    }

    /** Runs the launcher as user nobody when the tests run as root, who can write anywhere. */
    private Processes.Result asAnotherUser(Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>();
        if (isRoot()) {
            command.addAll(List.of("/usr/bin/setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
        }
        command.addAll(List.of(tools.resolve("sh").toString(), "bin/wsoa"));
        command.addAll(List.of(args));
        return Processes.run(home, env, command);
    }

    private Map<String, String> onlyJava() {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", Processes.javaBin() + ":" + tools);
        env.put("HOME", temp.toString());
        return env;
    }

    private Map<String, String> withJavaHome(Path javaHome) {
        Map<String, String> env = onlyJava();
        env.put("PATH", tools.toString());
        env.put("JAVA_HOME", javaHome.toString());
        return env;
    }

    private static Map<String, String> withOptions(Map<String, String> env, String options) {
        env.put("WSOA_JAVA_OPTS", options);
        return env;
    }

    /** A JAVA_HOME whose java prints an old version, as real ones do, on standard error. */
    private Path fakeJava(String name, String versionLine) throws IOException {
        Path bin = Files.createDirectories(temp.resolve(name).resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/usr/bin/dash\necho '" + versionLine + "' >&2\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin.getParent();
    }

    private static List<Path> archivesIn(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsa")).toList();
        }
    }

    private static void makeReadOnly(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.toList()) {
                if (!Files.isSymbolicLink(path)) {
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                            Files.isDirectory(path) || Files.isExecutable(path) ? "r-xr-xr-x" : "r--r--r--"));
                }
            }
        }
    }

    private static boolean isRoot() {
        return System.getProperty("user.name").equals("root");
    }

    private static Path which(String program) {
        for (String dir : System.getenv("PATH").split(":")) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no " + program + " on the PATH of the tests");
    }
}
