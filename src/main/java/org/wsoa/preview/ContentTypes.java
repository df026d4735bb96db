package org.wsoa.preview;

import java.util.Locale;
import java.util.Map;

/**
 * The Content-Type of a file the preview serves, by its extension. Text is always UTF-8, as plan
 * files are; YAML and Markdown are shown as plain text rather than downloaded; anything unknown is
 * served as bytes, which browsers do not try to run (the server also sends {@code nosniff}).
 */
final class ContentTypes {

    static final String HTML = "text/html; charset=utf-8";
    static final String TEXT = "text/plain; charset=utf-8";
    static final String JAVASCRIPT = "text/javascript; charset=utf-8";

    private static final String BYTES = "application/octet-stream";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", HTML),
            Map.entry("htm", HTML),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", JAVASCRIPT),
            Map.entry("json", "application/json"),
            Map.entry("txt", TEXT),
            Map.entry("md", TEXT),
            Map.entry("yaml", TEXT),
            Map.entry("yml", TEXT),
            Map.entry("ftlh", TEXT),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("otf", "font/otf"),
            Map.entry("pdf", "application/pdf"));

    private ContentTypes() {
    }

    static String of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return BYTES;
        }
        return BY_EXTENSION.getOrDefault(fileName.substring(dot + 1).toLowerCase(Locale.ROOT), BYTES);
    }
}
