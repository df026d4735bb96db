package org.wsoa.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10, point 4: one build's files are published together, by one build at a time. */
class OutputDirectoryTest {

    private static final Duration NO_WAIT = Duration.ZERO;

    @TempDir
    Path temp;

    @Test
    void publishesTheFilesAndLeavesNothingElse() throws Exception {
        Path out = temp.resolve("out");

        List<Path> written;
        try (OutputDirectory directory = OutputDirectory.open(out, NO_WAIT, () -> { })) {
            written = directory.publish(files("plan.html", "<p>new</p>", "plan.pdf", "%PDF-new"));
        }

        assertThat(written).containsExactly(out.resolve("plan.html"), out.resolve("plan.pdf"));
        assertThat(Files.readString(out.resolve("plan.html"))).isEqualTo("<p>new</p>");
        assertThat(Files.readString(out.resolve("plan.pdf"))).isEqualTo("%PDF-new");
        assertThat(list(out)).containsExactly(OutputLock.NAME, "plan.html", "plan.pdf");
    }

    @Test
    void replacesThePreviousFilesAndKeepsOthers() throws Exception {
        Path out = Files.createDirectories(temp.resolve("out"));
        Files.writeString(out.resolve("plan.html"), "old");
        Files.writeString(out.resolve("other.html"), "another plan's");

        try (OutputDirectory directory = OutputDirectory.open(out, NO_WAIT, () -> { })) {
            directory.publish(files("plan.html", "new", "plan.pdf", "new pdf"));
        }

        assertThat(Files.readString(out.resolve("plan.html"))).isEqualTo("new");
        assertThat(Files.readString(out.resolve("other.html"))).isEqualTo("another plan's");
        assertThat(list(out)).containsExactly(OutputLock.NAME, "other.html", "plan.html", "plan.pdf");
    }

    @Test
    void whenOneFileCannotBeMovedThePreviousFilesAreLeftAsTheyWere() throws Exception {
        Path out = Files.createDirectories(temp.resolve("out"));
        Files.writeString(out.resolve("plan.html"), "old html");
        // A directory where the PDF goes: the HTML is moved into place first, then the PDF cannot be.
        Files.writeString(Files.createDirectories(out.resolve("plan.pdf")).resolve("in-the-way"), "x");

        try (OutputDirectory directory = OutputDirectory.open(out, NO_WAIT, () -> { })) {
            assertThatThrownBy(() -> directory.publish(files("plan.html", "new html", "plan.pdf", "new pdf")))
                    .isInstanceOf(IOException.class);
        }

        assertThat(Files.readString(out.resolve("plan.html"))).isEqualTo("old html");
        assertThat(list(out)).containsExactly(OutputLock.NAME, "plan.html", "plan.pdf", "plan.pdf/in-the-way");
    }

    @Test
    void aNewFileIsRemovedAgainWhenTheSetCannotBePublished() throws Exception {
        Path out = Files.createDirectories(temp.resolve("out"));
        Files.writeString(Files.createDirectories(out.resolve("plan.pdf")).resolve("in-the-way"), "x");

        try (OutputDirectory directory = OutputDirectory.open(out, NO_WAIT, () -> { })) {
            assertThatThrownBy(() -> directory.publish(files("plan.html", "new html", "plan.pdf", "new pdf")))
                    .isInstanceOf(IOException.class);
        }

        assertThat(list(out)).containsExactly(OutputLock.NAME, "plan.pdf", "plan.pdf/in-the-way");
    }

    @Test
    void removesWhatAKilledBuildLeftAndNothingElse() throws Exception {
        Path out = Files.createDirectories(temp.resolve("out"));
        Path staging = Files.createDirectories(out.resolve(OutputDirectory.STAGING_PREFIX + "12345"));
        Files.writeString(Files.createDirectories(staging.resolve(".previous")).resolve("plan.html"), "old");
        Files.writeString(staging.resolve("plan.pdf"), "half a PDF");
        Files.writeString(out.resolve(".plan.html4417270346276593219.tmp"), "left by wsoa 0.1");
        Files.writeString(out.resolve(".htaccess"), "the website's");
        Files.writeString(out.resolve("notes.tmp"), "the council's");
        Files.writeString(out.resolve(OutputLock.NAME), "99999 left by a killed build\n");

        try (OutputDirectory directory = OutputDirectory.open(out, NO_WAIT, () -> { })) {
            assertThat(list(out)).containsExactly(".htaccess", OutputLock.NAME, "notes.tmp");
        }

        assertThat(Files.readString(out.resolve(OutputLock.NAME))).isEqualTo(ProcessHandle.current().pid() + "\n");
    }

    @Test
    void aSecondBuildFailsClearlyWhileTheFirstWrites() throws Exception {
        Path out = temp.resolve("out");
        AtomicInteger told = new AtomicInteger();

        try (OutputDirectory first = OutputDirectory.open(out, NO_WAIT, () -> { })) {
            assertThatThrownBy(() -> OutputDirectory.open(out, Duration.ofMillis(300), told::incrementAndGet))
                    .isInstanceOf(OutputBusyException.class)
                    .hasMessage("another wsoa build (process " + ProcessHandle.current().pid() + ") is writing to "
                            + out + " and did not finish within 0 seconds; try again when it has, or build into"
                            + " another directory with -o");
        }
        assertThat(told).hasValue(1);
    }

    @Test
    void aSecondBuildWaitsForTheFirstThenWrites() throws Exception {
        Path out = temp.resolve("out");
        AtomicInteger told = new AtomicInteger();
        CompletableFuture<Void> second;

        try (OutputDirectory first = OutputDirectory.open(out, NO_WAIT, () -> { })) {
            first.publish(files("a.html", "first"));
            second = CompletableFuture.runAsync(() -> {
                try (OutputDirectory directory = OutputDirectory.open(out, Duration.ofSeconds(30), told::incrementAndGet)) {
                    directory.publish(files("a.html", "second"));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(300);
            assertThat(second).isNotDone();
        }
        second.get(30, TimeUnit.SECONDS);

        assertThat(told).hasValue(1);
        assertThat(Files.readString(out.resolve("a.html"))).isEqualTo("second");
        assertThat(list(out)).containsExactly(OutputLock.NAME, "a.html");
    }

    @Test
    void aLinkPlantedAsTheLockFileIsNotFollowed() throws Exception {
        Path out = Files.createDirectories(temp.resolve("out"));
        Path target = Files.writeString(temp.resolve("precious.txt"), "keep me");
        Files.createSymbolicLink(out.resolve(OutputLock.NAME), target);

        assertThatThrownBy(() -> OutputDirectory.open(out, NO_WAIT, () -> { }))
                .isInstanceOf(IOException.class)
                .hasMessage(out.resolve(OutputLock.NAME) + " is not a regular file, so it cannot be wsoa's lock; remove it");
        assertThat(Files.readString(target)).isEqualTo("keep me");
    }

    @Test
    void aLinkPlantedWhereAFileGoesIsReplacedNotFollowed() throws Exception {
        Path out = Files.createDirectories(temp.resolve("out"));
        Path target = Files.writeString(temp.resolve("precious.txt"), "keep me");
        Files.createSymbolicLink(out.resolve("plan.html"), target);

        try (OutputDirectory directory = OutputDirectory.open(out, NO_WAIT, () -> { })) {
            directory.publish(files("plan.html", "new"));
        }

        assertThat(Files.isSymbolicLink(out.resolve("plan.html"))).isFalse();
        assertThat(Files.readString(out.resolve("plan.html"))).isEqualTo("new");
        assertThat(Files.readString(target)).isEqualTo("keep me");
    }

    @Test
    void publishedFilesCanBeReadByEveryone() throws Exception {
        Path out = temp.resolve("out");

        try (OutputDirectory directory = OutputDirectory.open(out, NO_WAIT, () -> { })) {
            directory.publish(files("plan.html", "new"));
        }

        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("plan.html"))))
                .isEqualTo("rw-r--r--");
    }

    static Map<String, byte[]> files(String... namesAndContents) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < namesAndContents.length; i += 2) {
            files.put(namesAndContents[i], namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }
}
