package org.wsoa.init;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes values as YAML that authors can read and edit, and that reads back as given (text written
 * plain loses a final line break, which means nothing in Markdown): plain where that is safe, in double
 * quotes where it is not, and long or several-paragraph text as a folded ({@code >}) or literal
 * ({@code |}) block. Only what the new plans need: no general emitter.
 */
final class YamlText {

    /** The width that folded text is wrapped to, counting its indentation. */
    static final int WIDTH = 100;

    /** Words YAML 1.1 reads as true, false or null, which must be quoted to stay text. */
    private static final Set<String> SPECIAL = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null", "~");
    /** What a plain scalar may not start with, lest YAML read it as something else. */
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    private static final Pattern NUMBER_LIKE = Pattern.compile("[-+.]?[0-9][0-9_.:eE+-]*|\\.(inf|nan)",
            Pattern.CASE_INSENSITIVE);

    private YamlText() {
    }

    /** One value on one line: plain if YAML reads it back unchanged, else double-quoted. */
    static String scalar(String text) {
        return isPlainSafe(text) ? text : quoted(text);
    }

    /** A YAML double-quoted string, so that any text is read back exactly as given. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 || c == 0x7f ? String.format(Locale.ROOT, "\\x%02x", (int) c)
                        : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    /** A list of IDs in flow style: {@code [bcp, ccg]}. */
    static String ids(List<String> ids) {
        return "[" + String.join(", ", ids.stream().map(YamlText::scalar).toList()) + "]";
    }

    /**
     * {@code key: value} at {@code indent}, the value as prose: on the line when short, else as a
     * block on the lines below, wrapped or kept line by line as the text needs.
     */
    static void text(StringBuilder out, String indent, String key, String value) {
        String head = indent + key + ":";
        String trimmed = value.endsWith("\n") ? value.substring(0, value.length() - 1) : value;
        String chomp = value.endsWith("\n") && !value.endsWith("\n\n") ? "" : "-";
        String inner = indent + "  ";
        // Plain text cannot end in a line break; quoted text keeps it.
        String oneLine = isPlainSafe(trimmed) ? trimmed : quoted(value);
        if (!trimmed.contains("\n") && head.length() + 1 + oneLine.length() <= WIDTH) {
            out.append(head).append(' ').append(oneLine).append('\n');
        } else if (!trimmed.contains("\n") && canFold(trimmed) && chomp.isEmpty() == value.endsWith("\n")) {
            out.append(head).append(" >").append(chomp).append('\n');
            fold(out, inner, trimmed);
        } else if (canKeepLines(trimmed) && chomp.isEmpty() == value.endsWith("\n")) {
            out.append(head).append(" |").append(chomp).append('\n');
            for (String line : trimmed.split("\n", -1)) {
                out.append(line.isEmpty() ? "" : inner + line).append('\n');
            }
        } else {
            out.append(head).append(' ').append(quoted(value)).append('\n');
        }
    }

    /** A list item of prose at {@code indent}: {@code - text}, or {@code - >} with the text below. */
    static void item(StringBuilder out, String indent, String value) {
        StringBuilder one = new StringBuilder();
        text(one, "", "x", value);
        String written = one.toString();
        // "x: value" becomes "- value"; "x: >" with its block becomes "- >" with the block indented.
        out.append(indent).append("- ").append(written.substring(3).replace("\n  ", "\n" + indent + "  "));
    }

    private static boolean isPlainSafe(String text) {
        if (text.isEmpty() || text.isBlank() || text.strip().length() != text.length()
                || INDICATORS.indexOf(text.charAt(0)) >= 0 || text.contains(": ") || text.contains(" #")
                || text.endsWith(":") || SPECIAL.contains(text.toLowerCase(Locale.ROOT))
                || NUMBER_LIKE.matcher(text).matches()) {
            return false;
        }
        for (char c : text.toCharArray()) {
            if (c < 0x20 || c == 0x7f || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                return false;
            }
        }
        return true;
    }

    /** Text that a folded block gives back exactly: one line, single spaces, nothing a block treats specially. */
    private static boolean canFold(String text) {
        return isBlockSafe(text) && !text.contains("  ") && !text.startsWith(" ") && !text.endsWith(" ");
    }

    /** Text that a literal block gives back exactly, line for line. */
    private static boolean canKeepLines(String text) {
        if (!isBlockSafe(text) || text.startsWith(" ") || text.startsWith("\n")) {
            return false;
        }
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty() && line.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlockSafe(String text) {
        for (char c : text.toCharArray()) {
            if ((c < 0x20 && c != '\n') || c == 0x7f || c == '\t' || c == '\u0085' || c == '\u2028' || c == '\u2029'
                    || c == '\uFEFF') {
                return false;
            }
        }
        return true;
    }

    /** {@code text} as comment lines at {@code indent}, wrapped at {@link #WIDTH}. */
    static void comment(StringBuilder out, String indent, String text) {
        fold(out, indent + "# ", text);
    }

    /** The words of {@code text} on lines no wider than {@link #WIDTH}, each starting {@code indent}. */
    private static void fold(StringBuilder out, String indent, String text) {
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.split(" ")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
                out.append(line).append('\n');
                line.setLength(0);
                line.append(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        out.append(line).append('\n');
    }
}
