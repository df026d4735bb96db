package org.wsoa.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanWatcherTest {

    /** Longer than in the preview, so that a busy test machine cannot split a burst. */
    private static final long QUIET = 300;

    @TempDir
    Path temp;

    private final BlockingQueue<Set<Path>> batches = new LinkedBlockingQueue<>();
    private PlanWatcher watcher;
    private Path plan;

    @BeforeEach
    void watch() throws Exception {
        plan = Files.createDirectories(temp.resolve("plan"));
        Files.createDirectories(plan.resolve("weaknesses"));
        watcher = new PlanWatcher(List.of(plan), QUIET, batches::add);
        watcher.start();
    }

    @AfterEach
    void stop() throws Exception {
        watcher.close();
    }

    private Set<Path> nextBatch() throws InterruptedException {
        Set<Path> batch = batches.poll(10, TimeUnit.SECONDS);
        assertThat(batch).as("a batch of changes within 10 seconds").isNotNull();
        return batch;
    }

    @Test
    void aBurstOfSavesIsReportedOnce() throws Exception {
        for (String name : List.of("plan.yaml", "people.yaml", "governance.yaml", "weaknesses/w1.yaml",
                "weaknesses/w2.yaml")) {
            Files.writeString(plan.resolve(name), "id: x\n");
        }

        assertThat(nextBatch()).containsExactly(plan.resolve("governance.yaml"), plan.resolve("people.yaml"),
                plan.resolve("plan.yaml"), plan.resolve("weaknesses/w1.yaml"), plan.resolve("weaknesses/w2.yaml"));
        assertThat(batches.poll(3 * QUIET, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void anEditorsSaveByRenameIsOneChangeOfTheFile() throws Exception {
        Path file = Files.writeString(plan.resolve("weaknesses/w1.yaml"), "id: W1\n");
        nextBatch();

        Path scratch = Files.writeString(plan.resolve("weaknesses/w1.yaml.tmp"), "id: W1\ntitle: New\n");
        Files.move(scratch, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        assertThat(nextBatch()).contains(file);
        assertThat(batches.poll(3 * QUIET, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void hiddenFilesAndBackupsAreLeftOut() throws Exception {
        Files.writeString(plan.resolve("weaknesses/.w1.yaml.swp"), "swap");
        Files.writeString(plan.resolve("weaknesses/w1.yaml~"), "backup");
        Files.createDirectories(plan.resolve(".git"));

        assertThat(batches.poll(3 * QUIET, TimeUnit.MILLISECONDS)).isNull();

        Files.writeString(plan.resolve(".git/index"), "x");
        Files.writeString(plan.resolve("weaknesses/w1.yaml"), "id: W1\n");

        assertThat(nextBatch()).containsExactly(plan.resolve("weaknesses/w1.yaml"));
    }
}
