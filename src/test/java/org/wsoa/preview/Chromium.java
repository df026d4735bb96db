package org.wsoa.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headless Chromium (Debian's {@code /usr/bin/chromium}, or $CHROMIUM) with one page open, driven
 * over the DevTools protocol with the JDK's own WebSocket client: enough to read what an open page
 * shows, as its reader would, while the files behind it change.
 */
final class Chromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://[^\\s]+)");

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();

    /** Opens {@code address} in a new headless browser whose profile lives in {@code profile}. */
    Chromium(URI address, Path profile) throws IOException, InterruptedException {
        String executable = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
        process = new ProcessBuilder(executable, "--headless", "--no-sandbox", "--disable-gpu",
                "--remote-debugging-port=0", "--user-data-dir=" + profile, "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                address.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        URI browser = null;
        String line;
        while (browser == null && (line = err.readLine()) != null) {
            Matcher listening = LISTENING.matcher(line);
            if (listening.find()) {
                browser = URI.create(listening.group(1));
            }
        }
        if (browser == null) {
            throw new IOException("Chromium did not start its DevTools server");
        }
        // Read what Chromium says from now on, so that a full pipe never stalls it.
        Thread drain = new Thread(() -> err.lines().forEach(ignored -> { }), "chromium-stderr");
        drain.setDaemon(true);
        drain.start();
        HttpClient http = HttpClient.newHttpClient();
        URI list = URI.create("http://" + browser.getAuthority() + "/json/list");
        String page = null;
        for (int attempt = 0; attempt < 50 && page == null; attempt++) {
            JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(list).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            for (JsonNode target : targets) {
                if (target.path("type").asText().equals("page")) {
                    page = target.path("webSocketDebuggerUrl").asText();
                }
            }
            if (page == null) {
                Thread.sleep(100);
            }
        }
        if (page == null) {
            throw new IOException("Chromium opened no page");
        }
        socket = http.newWebSocketBuilder().buildAsync(URI.create(page), new Replies()).join();
    }

    /** The value of a JavaScript expression in the page (awaited, if it is a promise), or null while it loads. */
    JsonNode evaluate(String expression) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        replies.put(id, reply);
        ObjectNode call = JSON.createObjectNode().put("id", id).put("method", "Runtime.evaluate");
        call.putObject("params").put("expression", expression).put("returnByValue", true).put("awaitPromise", true);
        socket.sendText(JSON.writeValueAsString(call), true).join();
        JsonNode result = reply.get(60, TimeUnit.SECONDS);
        // While the page reloads, the context the call ran in may go away: that is "not yet", not an error.
        if (result.has("error") || result.path("result").has("exceptionDetails")) {
            return null;
        }
        return result.path("result").path("result").path("value");
    }

    /** Waits up to 20 seconds for a string expression to satisfy {@code wanted}; returns its last value. */
    String await(String expression, java.util.function.Predicate<String> wanted) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        String value = null;
        while (System.nanoTime() < end) {
            JsonNode result = evaluate(expression);
            value = result == null || result.isMissingNode() || result.isNull() ? null : result.asText();
            if (value != null && wanted.test(value)) {
                return value;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the page never came to show what was wanted; last: " + value);
    }

    @Override
    public void close() {
        socket.abort();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Hands each reply to the call with its ID; Chromium's events are not needed here. */
    private final class Replies implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(partial.toString());
                    CompletableFuture<JsonNode> reply = message.has("id") ? replies.remove(message.get("id").asInt()) : null;
                    if (reply != null) {
                        reply.complete(message);
                    }
                } catch (IOException e) {
                    replies.values().forEach(reply -> reply.completeExceptionally(e));
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}
