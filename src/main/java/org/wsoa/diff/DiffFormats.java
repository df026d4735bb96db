package org.wsoa.diff;

import java.util.List;

/** The diff formats by the names {@code wsoa diff --format} takes. */
public final class DiffFormats {

    public static final List<String> NAMES = List.of("text", "md", "json");

    private DiffFormats() {
    }

    /** The format called {@code name}, or null if there is none. */
    public static DiffFormat named(String name) {
        return switch (name) {
            case "text" -> new TextDiff();
            case "md" -> new MarkdownDiff();
            case "json" -> new JsonDiff();
            default -> null;
        };
    }
}
