package org.wsoa.preview;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.wsoa.calendar.WorkingDays;
import org.wsoa.render.RenderException;
import org.wsoa.render.TemplateLimits;

/**
 * A running {@code wsoa preview}: the plan's page served on 127.0.0.1, built again whenever a plan
 * file or template changes, and an open browser page that reloads itself when it does. The page is
 * the HTML edition exactly as {@code wsoa build} would publish it, or the list of errors that stop
 * it being published; only the copy the server sends carries the reload script.
 */
public final class Preview implements AutoCloseable {

    /**
     * What to preview.
     *
     * @param plan             the plan directory (it must exist)
     * @param templates        the council's templates directory, or null for the built-in ones
     * @param port             the port on 127.0.0.1, or 0 for any free one
     * @param limits           what the council's templates may take of time, output and nesting
     * @param calendar         the working days to count in
     * @param sourceDateEpoch  SOURCE_DATE_EPOCH, or null
     */
    public record Settings(Path plan, Path templates, TemplateLimits limits, int port, WorkingDays calendar,
                           String sourceDateEpoch) {
    }

    /** Hears of every build, on the thread that made it. */
    public interface Log {
        /**
         * @param changed      the files whose change led to this build; empty for the first one
         * @param millis       how long the build took, from reading the plan to the page's bytes
         * @param republished  whether the page differs from the one served before (and open pages reload)
         */
        void built(PreviewPage page, Set<Path> changed, long millis, boolean republished);
    }

    private final PreviewBuilder builder;
    private final CurrentPage page;
    private final PreviewServer server;
    private final Path templates;
    private final Log log;
    private PlanWatcher watcher;
    private boolean closed;

    private Preview(PreviewBuilder builder, CurrentPage page, PreviewServer server, Path templates, Log log) {
        this.builder = builder;
        this.page = page;
        this.server = server;
        this.templates = templates;
        this.log = log;
    }

    /**
     * Builds the page once, then serves it and watches the files until {@link #close}.
     *
     * @throws RenderException       if the templates directory does not exist or cannot be read
     * @throws java.net.BindException if the port is in use
     * @throws IOException           if the directories cannot be watched
     */
    public static Preview start(Settings settings, Log log) throws IOException, RenderException {
        Path plan = settings.plan().toAbsolutePath().normalize();
        Path templates = settings.templates() == null ? null : settings.templates().toAbsolutePath().normalize();
        PreviewBuilder builder = new PreviewBuilder(settings.plan(), settings.templates(), settings.limits(),
                settings.calendar(), settings.sourceDateEpoch());
        List<Path> roots = new ArrayList<>();
        if (templates != null) {
            roots.add(templates);
        }
        roots.add(plan);
        CurrentPage page = new CurrentPage();
        PreviewServer server = new PreviewServer(settings.port(), page, new StaticFiles(roots));
        Preview preview = new Preview(builder, page, server, templates, log);
        try {
            // Watching starts before the first build, so that nothing saved meanwhile is missed.
            preview.watcher = new PlanWatcher(roots, PlanWatcher.QUIET_MILLIS, preview::rebuild);
        } catch (IOException e) {
            server.stop();
            throw e;
        }
        preview.rebuild(Set.of());
        // Before the address is given, so that the first save is as quick as the later ones; saves
        // made meanwhile wait in the watch service.
        builder.warmUp();
        server.start();
        preview.watcher.start();
        return preview;
    }

    /** The address to open in a browser. */
    public URI address() {
        return server.address();
    }

    /** Stops watching and serving; open pages are answered and the port is released. Once is enough. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            watcher.close();
        } catch (IOException e) {
            // Stopping anyway: the watch service holds nothing that outlives the process.
        }
        server.stop();
    }

    private void rebuild(Set<Path> changed) {
        if (templates != null && changed.stream().anyMatch(p -> p.startsWith(templates))) {
            builder.templatesChanged();
        }
        long start = System.nanoTime();
        PreviewPage built = builder.build();
        long millis = (System.nanoTime() - start) / 1_000_000L;
        boolean republished = page.publish(built);
        log.built(built, changed, millis, republished);
    }
}
