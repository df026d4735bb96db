package org.wsoa.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The preview's HTTP server (the JDK's own), on 127.0.0.1 only. Its routes:
 * <ul>
 *   <li>{@code /}: the page, with the reload script added;</li>
 *   <li>{@code /_wsoa/live.js}: that script;</li>
 *   <li>{@code /_wsoa/wait?after=VERSION}: answers with the page's version as soon as it is not
 *       VERSION, or after {@link #WAIT_MILLIS} with the same (a long poll);</li>
 *   <li>any other path: a file inside the templates or plan directory ({@link StaticFiles}).</li>
 * </ul>
 * Only GET and HEAD are answered. Requests whose Host is not this server's own address are
 * refused, so that a web page elsewhere cannot read the plan through a name it points at
 * 127.0.0.1 (DNS rebinding). Nothing is cached by the browser.
 */
final class PreviewServer {

    static final String SCRIPT_PATH = "/_wsoa/live.js";
    static final String WAIT_PATH = "/_wsoa/wait";
    private static final String RESERVED = "/_wsoa/";
    /** How long a long poll is held open: well under the time-outs of browsers and proxies. */
    static final long WAIT_MILLIS = 25_000;

    private final HttpServer server;
    private final ExecutorService threads;
    private final CurrentPage page;
    private final StaticFiles files;
    private final byte[] script;
    private final int port;
    private final Set<String> hosts;

    /**
     * Binds the port at once, so that a port in use is known before anything else starts.
     *
     * @param port 0 for any free port
     * @throws java.net.BindException if the port is in use
     */
    PreviewServer(int port, CurrentPage page, StaticFiles files) throws IOException {
        this.page = page;
        this.files = files;
        this.script = resource("live.js");
        InetAddress loopback = InetAddress.getByAddress("127.0.0.1", new byte[] {127, 0, 0, 1});
        this.server = HttpServer.create(new InetSocketAddress(loopback, port), 0);
        this.port = server.getAddress().getPort();
        this.hosts = Set.of("127.0.0.1:" + this.port, "localhost:" + this.port);
        // Each open page holds a long poll, so threads are made as needed rather than pooled to a fixed size.
        this.threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "wsoa-preview-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
    }

    /** The address to open, e.g. {@code http://127.0.0.1:8070/}. */
    URI address() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    void start() {
        server.start();
    }

    /** Stops: waiting polls are answered (within a second at most), connections closed and the port released. */
    void stop() {
        page.close();
        server.stop(1);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            var headers = exchange.getResponseHeaders();
            headers.set("Cache-Control", "no-store");
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "no-referrer");
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                headers.set("Allow", "GET, HEAD");
                send(exchange, 405, ContentTypes.TEXT, "Only GET and HEAD are answered here.\n");
                return;
            }
            String host = exchange.getRequestHeaders().getFirst("Host");
            if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
                send(exchange, 403, ContentTypes.TEXT, "Open the preview at " + address() + "\n");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if ("/".equals(path)) {
                servePage(exchange);
            } else if (SCRIPT_PATH.equals(path)) {
                send(exchange, 200, ContentTypes.JAVASCRIPT, script);
            } else if (WAIT_PATH.equals(path)) {
                String after = parameter(exchange.getRequestURI().getRawQuery(), "after");
                send(exchange, 200, ContentTypes.TEXT, page.awaitOther(after, WAIT_MILLIS));
            } else {
                Path file = path.startsWith(RESERVED) ? null : files.find(path);
                if (file == null) {
                    send(exchange, 404, ContentTypes.TEXT, "Not found.\n");
                } else {
                    send(exchange, 200, ContentTypes.of(file.getFileName().toString()), Files.readAllBytes(file));
                }
            }
        } catch (InterruptedException e) {
            // The server is stopping while a poll waits: the connection is closed below.
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The browser went away mid-answer (a reload, a closed tab): nothing to tell anyone.
        } finally {
            exchange.close();
        }
    }

    private void servePage(HttpExchange exchange) throws IOException {
        CurrentPage.Snapshot current = page.current();
        String html = new String(current.page().html(), StandardCharsets.UTF_8);
        // The script may run only from this server; the pages themselves have none.
        exchange.getResponseHeaders().set("Content-Security-Policy", "script-src 'self'; object-src 'none'; base-uri 'none'");
        send(exchange, 200, ContentTypes.HTML, withReloadScript(html, current.version()));
    }

    /** The page with the reload script before {@code </body>} (at the end, if a template has none). */
    static String withReloadScript(String html, String version) {
        String tag = "<script src=\"" + SCRIPT_PATH + "\" data-version=\"" + version + "\" defer></script>\n";
        int body = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        return body < 0 ? html + tag : html.substring(0, body) + tag + html.substring(body);
    }

    private static String parameter(String rawQuery, String name) {
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0 && pair.substring(0, equals).equals(name)) {
                    try {
                        return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                    } catch (IllegalArgumentException e) {
                        return "";
                    }
                }
            }
        }
        return "";
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        send(exchange, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        if (exchange.getRequestMethod().equals("HEAD")) {
            // The JDK's server wants a HEAD answer's length set by hand, and no body.
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
        } else {
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the jar has no " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
