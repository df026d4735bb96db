package org.wsoa.preview;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import com.sun.nio.file.SensitivityWatchEventModifier;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches directories and their subfolders (the plan's, the templates') with the JDK's
 * WatchService, and reports changes in batches: an editor's save is often several events (a
 * temporary file, a rename, a write), and a {@code git checkout} many, so events are gathered
 * until none has come for a short while ({@link #QUIET_MILLIS} in the preview), then reported once. Folders made later are
 * watched too. Hidden files (an editor's swap files, {@code .git}) and backups ending in {@code ~}
 * are left out.
 */
final class PlanWatcher implements Closeable {

    /** How long the files must be left alone before a batch of changes is reported. */
    static final long QUIET_MILLIS = 30;
    /** The longest a batch waits while events keep coming, so that a long copy still shows progress. */
    static final long LONGEST_MILLIS = 1000;

    private static final WatchEvent.Kind<?>[] KINDS = {ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY};

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Consumer<Set<Path>> listener;
    private final long quietMillis;
    private final Thread thread;

    /**
     * Starts watching at once (so that nothing saved from now on is missed), and reporting when
     * {@link #start} is called.
     *
     * @param roots        the directories to watch, with every folder inside them
     * @param quietMillis  how long no event must come before a batch is reported
     * @param listener     given each batch of changed paths, on the watcher's own thread, one at a time
     */
    PlanWatcher(List<Path> roots, long quietMillis, Consumer<Set<Path>> listener) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.listener = listener;
        this.quietMillis = quietMillis;
        for (Path root : roots) {
            watchTree(root);
        }
        this.thread = new Thread(this::run, "wsoa-preview-watcher");
        this.thread.setDaemon(true);
    }

    /** Reports from now on, on the watcher's own thread; changes made since it was made are reported too. */
    void start() {
        thread.start();
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        service.close();
    }

    private void run() {
        try {
            while (true) {
                Set<Path> changed = new TreeSet<>();
                gather(service.take(), changed);
                long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LONGEST_MILLIS);
                WatchKey next;
                while (System.nanoTime() < end && (next = service.poll(quietMillis, TimeUnit.MILLISECONDS)) != null) {
                    gather(next, changed);
                }
                if (!changed.isEmpty()) {
                    listener.accept(changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closed: the preview is stopping.
        }
    }

    private void gather(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null) {
                continue;
            }
            if (event.kind() == OVERFLOW) {
                // Events were lost: treat the folder as changed, and watch any folder made meanwhile.
                changed.add(folder);
                watchQuietly(folder);
                continue;
            }
            Path name = (Path) event.context();
            if (ignored(name)) {
                continue;
            }
            Path path = folder.resolve(name);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                watchQuietly(path);
            }
            changed.add(path);
        }
        if (!key.reset() && folder != null) {
            // The folder itself was deleted: that is a change too (a plan folder that has gone).
            folders.remove(key);
            changed.add(folder);
        }
    }

    private static boolean ignored(Path name) {
        String file = name.getFileName().toString();
        return file.startsWith(".") || file.endsWith("~");
    }

    private void watchQuietly(Path folder) {
        try {
            watchTree(folder);
        } catch (IOException e) {
            // The folder went again before it could be watched; its parent's events still come.
        }
    }

    private void watchTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(root) && ignored(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                // HIGH asks the polling WatchService of macOS to look every 2 s rather than every 10 s;
                // on Linux (inotify) and Windows, where events come at once, it is ignored.
                folders.put(dir.register(service, KINDS, SensitivityWatchEventModifier.HIGH), dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
