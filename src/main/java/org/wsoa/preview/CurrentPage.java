package org.wsoa.preview;

import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The page being served and its version, shared by the thread that rebuilds and the threads that
 * answer the browser. A new version is published only when the bytes differ, so that saving a
 * file without changing what it means (or an editor's own temporary files) reloads nothing.
 * Versions carry a token of this server, so that a page left open across a restart reloads too.
 */
final class CurrentPage {

    /** The page and the version it was published as. */
    record Snapshot(String version, PreviewPage page) {
    }

    private final String session = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
    private long number;
    private PreviewPage page;
    private boolean closed;

    /** Serves {@code page} from now on; whether it differs from the page served until now. */
    synchronized boolean publish(PreviewPage next) {
        if (page != null && Arrays.equals(page.html(), next.html())) {
            return false;
        }
        page = next;
        number++;
        notifyAll();
        return true;
    }

    synchronized Snapshot current() {
        return new Snapshot(version(), page);
    }

    /**
     * The current version as soon as it is not {@code seen}, or {@code seen} itself after
     * {@code timeoutMillis}, or when the server stops.
     */
    synchronized String awaitOther(String seen, long timeoutMillis) throws InterruptedException {
        long end = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (!closed && version().equals(seen)) {
            long left = (end - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                break;
            }
            wait(left);
        }
        return version();
    }

    /** Lets every waiting browser go: the server is stopping. */
    synchronized void close() {
        closed = true;
        notifyAll();
    }

    private String version() {
        return session + "-" + number;
    }
}
