package org.wsoa.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The explanation of each check as {@code docs/rules.md} gives it (the file ships in the jar), so
 * that {@code wsoa rules ID} and the documentation are one text.
 */
public final class CheckDocs {

    private static final String RESOURCE = "/org/wsoa/docs/rules.md";

    private CheckDocs() {
    }

    /**
     * The section of {@code docs/rules.md} for the check, without its heading, as plain text: code
     * blocks indented by four spaces instead of fenced; null if the document has no such section.
     */
    public static String explanation(String checkId) {
        List<String> lines = rulesMd().lines().toList();
        int start = lines.indexOf("### " + checkId);
        if (start < 0) {
            return null;
        }
        List<String> section = new ArrayList<>();
        boolean code = false;
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ") || line.startsWith("### ")) {
                break;
            }
            if (line.startsWith("```")) {
                code = !code;
                continue;
            }
            section.add(code ? "    " + line : line);
        }
        return String.join("\n", section).strip();
    }

    private static String rulesMd() {
        try (InputStream in = CheckDocs.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the wsoa jar is missing " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
