package org.wsoa.publish;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The temporary files of this process, removed when it exits however it exits: normally, by
 * System.exit, by Ctrl-C or by SIGTERM (a JVM shutdown hook). Only a kill that gives the JVM no
 * chance (SIGKILL, a power cut) leaves them, and the next build into the same directory removes
 * them ({@link OutputDirectory}).
 */
final class ExitCleanup {

    private static final Set<Path> PATHS = new LinkedHashSet<>();
    private static boolean hooked;

    private ExitCleanup() {
    }

    /** Removes {@code path} (a file or a directory tree) at exit, unless {@link #done} is called first. */
    static synchronized void register(Path path) {
        if (!hooked) {
            Runtime.getRuntime().addShutdownHook(new Thread(ExitCleanup::removeAll, "wsoa-cleanup"));
            hooked = true;
        }
        PATHS.add(path);
    }

    /** {@code path} has been removed or kept on purpose: nothing to do for it at exit. */
    static synchronized void done(Path path) {
        PATHS.remove(path);
    }

    /**
     * Runs {@code step} so that the exit hook cannot run in the middle of it: a build that is
     * stopped while it moves its files into place finishes moving them first.
     */
    static <T> T whole(IoStep<T> step) throws IOException {
        synchronized (ExitCleanup.class) {
            return step.run();
        }
    }

    /** A step that may fail with an I/O error. */
    interface IoStep<T> {
        T run() throws IOException;
    }

    private static synchronized void removeAll() {
        for (Path path : new ArrayList<>(PATHS)) {
            try {
                removeTree(path);
            } catch (IOException e) {
                // The process is ending; the next build removes what is left.
            }
        }
        PATHS.clear();
    }

    /** Removes a file, or a directory and everything in it, following no link. */
    static void removeTree(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        // walkFileTree follows no link unless told to, and walks without recursion however deep the tree.
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
