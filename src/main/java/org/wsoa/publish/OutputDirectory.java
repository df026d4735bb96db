package org.wsoa.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The directory a build publishes to, written by one build at a time and only as a whole set.
 * Opening it takes its lock ({@link OutputLock}, the file {@code .wsoa.lock}, which stays) and
 * removes what a killed build left behind;
 * {@link #publish} writes the build's files into a private temporary directory inside it, then
 * moves them into place one after another, all or none: if one cannot be moved, those already
 * moved are put back as they were. Nothing is written outside the directory.
 */
public final class OutputDirectory implements AutoCloseable {

    /** The temporary directories of builds: {@code .wsoa-staging-} and a random suffix. */
    static final String STAGING_PREFIX = ".wsoa-staging-";
    /** The temporary files of wsoa 0.1, which wrote each file beside its target: {@code .tiny.html123.tmp}. */
    private static final Pattern OLD_TEMP_FILE = Pattern.compile("\\..+\\.(html|pdf)-?[0-9]+\\.tmp");

    private final Path dir;
    private final OutputLock lock;

    private OutputDirectory(Path dir, OutputLock lock) {
        this.dir = dir;
        this.lock = lock;
    }

    /**
     * Opens {@code dir} for one build, making it if need be: waits up to {@code patience} for
     * another build writing to it to finish, then removes the temporary files of any build that
     * was killed before it could.
     *
     * @param whileWaiting run once, before waiting, if another build is writing to the directory
     */
    public static OutputDirectory open(Path dir, Duration patience, Runnable whileWaiting)
            throws IOException, OutputBusyException {
        Path absolute = dir.toAbsolutePath().normalize();
        Files.createDirectories(absolute);
        OutputLock lock = OutputLock.take(absolute, patience, whileWaiting);
        try {
            removeLeftovers(absolute);
        } catch (IOException | RuntimeException e) {
            release(lock);
            throw e;
        }
        return new OutputDirectory(absolute, lock);
    }

    /**
     * Writes the files (name in the directory → content) and moves them into place together.
     * If any step fails, the directory's files are as they were before and the error is thrown.
     *
     * @return the files written, in the order given
     */
    public List<Path> publish(Map<String, byte[]> files) throws IOException {
        for (String name : files.keySet()) {
            // Names of wsoa's own (.wsoa-staging-..., .wsoa.lock) are kept for wsoa.
            if (name.isEmpty() || name.equals(".") || name.equals("..") || name.startsWith(".wsoa")
                    || name.contains("/") || name.contains("\\")) {
                throw new IOException("`" + name + "` is not a name wsoa can publish a file under (names that"
                        + " begin with .wsoa are wsoa's own)");
            }
        }
        Path staging = Files.createTempDirectory(dir, STAGING_PREFIX);
        ExitCleanup.register(staging);
        try {
            Map<Path, Path> moves = new LinkedHashMap<>();
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path staged = staging.resolve(file.getKey());
                writeDurably(staged, file.getValue());
                moves.put(staged, dir.resolve(file.getKey()));
            }
            Path previous = Files.createDirectory(staging.resolve(".previous"));
            return ExitCleanup.whole(() -> moveAll(moves, previous));
        } finally {
            try {
                ExitCleanup.removeTree(staging);
                ExitCleanup.done(staging);
            } catch (IOException e) {
                // Left for the exit hook, or the next build, to remove; the build's own outcome stands.
            }
        }
    }

    /** Moves each staged file over its target, keeping the target's old content until all have moved. */
    private static List<Path> moveAll(Map<Path, Path> moves, Path previous) throws IOException {
        List<Path> moved = new ArrayList<>();
        Map<Path, Path> kept = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, Path> move : moves.entrySet()) {
                Path target = move.getValue();
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    Path old = previous.resolve(target.getFileName());
                    keep(target, old);
                    kept.put(target, old);
                }
                replace(move.getKey(), target);
                moved.add(target);
            }
            return moved;
        } catch (IOException | RuntimeException e) {
            putBack(moved, kept);
            throw e;
        }
    }

    /** A second name for the file about to be replaced (a hard link, or a copy where links are not supported). */
    private static void keep(Path target, Path old) throws IOException {
        try {
            Files.createLink(old, target);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(target, old, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    private static void putBack(List<Path> moved, Map<Path, Path> kept) {
        for (Path target : moved) {
            try {
                Path old = kept.get(target);
                if (old == null) {
                    Files.deleteIfExists(target);
                } else {
                    replace(old, target);
                }
            } catch (IOException e) {
                // The first failure is the one reported; this file keeps the new content.
            }
        }
    }

    private static void replace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Writes a new file and forces it to the disk, so that a crash after the move cannot leave it empty. */
    private static void writeDurably(Path file, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("two files of one build are both named " + file.getFileName(), e);
        }
        // The staging directory is private to its owner; published files are for everyone to read.
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** Removes the temporary files of builds that were killed before they could (the lock says no build is running). */
    private static void removeLeftovers(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(STAGING_PREFIX) && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    ExitCleanup.removeTree(entry);
                } else if (OLD_TEMP_FILE.matcher(name).matches() && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(entry);
                }
            }
        }
    }

    /** Lets the lock go for the next build. */
    @Override
    public void close() {
        release(lock);
    }

    private static void release(OutputLock lock) {
        try {
            lock.close();
        } catch (IOException e) {
            // The operating system lets the lock go when the process ends, at the latest.
        }
    }
}
