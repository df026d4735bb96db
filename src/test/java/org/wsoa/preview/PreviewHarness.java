package org.wsoa.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsoa.calendar.WorkingDays;
import org.wsoa.render.RenderException;
import org.wsoa.render.TemplateLimits;

/** A running preview for a test, with an HTTP client and the builds it has made. */
final class PreviewHarness implements AutoCloseable {

    /** One build, as the preview's log heard of it. */
    record Build(PreviewPage page, Set<Path> changed, boolean republished) {
    }

    private static final Pattern VERSION = Pattern.compile("data-version=\"([^\"]+)\"");

    final Preview preview;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final BlockingQueue<Build> builds = new LinkedBlockingQueue<>();

    PreviewHarness(Path plan, Path templates) throws IOException, RenderException {
        this(plan, templates, TemplateLimits.DEFAULT);
    }

    PreviewHarness(Path plan, Path templates, TemplateLimits limits) throws IOException, RenderException {
        preview = Preview.start(new Preview.Settings(plan, templates, limits, 0, WorkingDays.englandAndWales(), null),
                (page, changed, millis, republished) -> builds.add(new Build(page, changed, republished)));
    }

    /** The next build, failing the test if none comes within 15 seconds. */
    Build nextBuild() throws InterruptedException {
        Build build = builds.poll(15, TimeUnit.SECONDS);
        if (build == null) {
            throw new AssertionError("no build within 15 seconds");
        }
        return build;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String path) {
        return preview.address().resolve(path);
    }

    /** The version of the page now served, from its reload script. */
    String version() throws IOException, InterruptedException {
        Matcher matcher = VERSION.matcher(get("/").body());
        if (!matcher.find()) {
            throw new AssertionError("the page has no reload script");
        }
        return matcher.group(1);
    }

    /** The page, once its version is no longer {@code seen}: what an open browser page would reload to. */
    String pageAfter(String seen) throws IOException, InterruptedException {
        String latest = get("/_wsoa/wait?after=" + seen).body();
        if (latest.equals(seen)) {
            throw new AssertionError("the page did not change");
        }
        return get("/").body();
    }

    /** The page once it matches {@code wanted}, failing the test if it does not within 20 seconds. */
    String pageWhen(java.util.function.Predicate<String> wanted) throws IOException, InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < end) {
            String page = get("/").body();
            if (wanted.test(page)) {
                return page;
            }
            Matcher version = VERSION.matcher(page);
            if (version.find()) {
                get("/_wsoa/wait?after=" + version.group(1));
            }
        }
        throw new AssertionError("the page did not come to be as wanted: " + get("/").body());
    }

    /**
     * What the server answers to a request written byte for byte, as no HTTP client library would
     * send it: {@code ..} left in, a foreign Host.
     */
    String raw(String target, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", preview.address().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    String raw(String target) throws IOException {
        return raw(target, "127.0.0.1:" + preview.address().getPort());
    }

    @Override
    public void close() {
        preview.close();
    }
}
