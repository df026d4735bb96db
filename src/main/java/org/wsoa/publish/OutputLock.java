package org.wsoa.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

/**
 * The lock that lets one build at a time write to an output directory: an operating-system lock
 * ({@link FileChannel#tryLock()}) on the file {@value #NAME} in it. The holder writes its own
 * token into the file and removes the file before letting go, so that the directory is left as
 * it was; a build that was waiting on a file that has since been removed sees another token (or
 * no file) and tries again.
 */
final class OutputLock implements AutoCloseable {

    static final String NAME = ".wsoa.lock";
    private static final long POLL_MILLIS = 100;

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code dir}, waiting up to {@code patience} for another build to let it go.
     *
     * @param whileWaiting run once if the lock is held by another build, before waiting
     */
    static OutputLock take(Path dir, Duration patience, Runnable whileWaiting) throws IOException, OutputBusyException {
        Path file = dir.resolve(NAME);
        byte[] token = (ProcessHandle.current().pid() + " " + UUID.randomUUID() + "\n").getBytes(StandardCharsets.US_ASCII);
        long giveUpAt = System.nanoTime() + patience.toNanos();
        boolean told = false;
        while (true) {
            OutputLock taken = tryTake(file, token);
            if (taken != null) {
                return taken;
            }
            if (System.nanoTime() - giveUpAt >= 0) {
                throw new OutputBusyException("another wsoa build" + holder(file) + " is writing to " + dir
                        + " and did not finish within " + patience.toSeconds() + " seconds; try again when it"
                        + " has, or build into another directory with -o");
            }
            if (!told) {
                whileWaiting.run();
                told = true;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OutputBusyException("stopped while waiting for another wsoa build to finish writing to " + dir);
            }
        }
    }

    /** The lock, or null if another build holds it. */
    private static OutputLock tryTake(Path file, byte[] token) throws IOException {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(file + " is not a regular file, so it cannot be wsoa's lock; remove it");
        }
        // NOFOLLOW_LINKS: a link planted in the directory is refused, not followed.
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // another build in this same process holds it
            }
            if (lock == null) {
                channel.close();
                return null;
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(token), 0);
            channel.force(false);
            if (!Arrays.equals(readOrNull(file), token)) {
                // The file was removed by the build that held it before: this lock is on a file
                // that no longer counts. Try again with the file that is there now.
                lock.release();
                channel.close();
                return null;
            }
            return new OutputLock(file, channel, lock);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static byte[] readOrNull(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** " (process 1234)" when the lock file says which process holds it. */
    private static String holder(Path file) {
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.US_ASCII).strip();
            String pid = text.contains(" ") ? text.substring(0, text.indexOf(' ')) : "";
            return pid.chars().allMatch(Character::isDigit) && !pid.isEmpty() && pid.length() < 20
                    ? " (process " + pid + ")" : "";
        } catch (IOException e) {
            return "";
        }
    }

    Path file() {
        return file;
    }

    /** Removes the lock file while still holding it, then lets the lock go. */
    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(file);
        } finally {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }
}
