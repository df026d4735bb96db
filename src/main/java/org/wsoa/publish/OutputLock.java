package org.wsoa.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * The lock that lets one build at a time write to an output directory: an operating-system lock
 * ({@link FileChannel#tryLock()}) on the file {@value #NAME} in it, which holds the number of the
 * process that last took it. The file stays in the directory: removing it would let a build that
 * was waiting on the old file and one that made a new file both think they held the lock. The
 * operating system lets the lock go when the process ends, however it ends.
 */
final class OutputLock implements AutoCloseable {

    static final String NAME = ".wsoa.lock";
    private static final long POLL_MILLIS = 100;
    /**
     * The lock files this process holds. A second build in the same process must not so much as
     * open the file: closing any channel to it would let go of the operating system's lock.
     */
    private static final Set<Path> HELD = new HashSet<>();

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
        long giveUpAt = System.nanoTime() + patience.toNanos();
        boolean told = false;
        while (true) {
            OutputLock taken = tryTake(file);
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
    private static OutputLock tryTake(Path file) throws IOException {
        synchronized (HELD) {
            if (HELD.contains(file)) {
                return null;
            }
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(file + " is not a regular file, so it cannot be wsoa's lock; remove it");
            }
            // NOFOLLOW_LINKS: a link planted in the directory is refused, not followed.
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
            try {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    channel.close();
                    return null;
                }
                channel.truncate(0);
                channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
                HELD.add(file);
                return new OutputLock(file, channel, lock);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        }
    }

    /** " (process 1234)" when the lock file says which process holds it. */
    private static String holder(Path file) {
        synchronized (HELD) {
            if (HELD.contains(file)) {
                return " (process " + ProcessHandle.current().pid() + ")";
            }
        }
        try {
            String pid = new String(Files.readAllBytes(file), StandardCharsets.US_ASCII).strip();
            return !pid.isEmpty() && pid.length() < 20 && pid.chars().allMatch(c -> c >= '0' && c <= '9')
                    ? " (process " + pid + ")" : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** Lets the lock go. */
    @Override
    public void close() throws IOException {
        synchronized (HELD) {
            HELD.remove(file);
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }
}
