package org.wsoa.load;

import java.util.ArrayList;
import java.util.List;

/**
 * What a line of YAML that did not parse seems to hold (its key, a block indicator), for the
 * syntax error's message. Scanned by hand in one pass, as the loader scans all authors' text:
 * no regular expression runs on it.
 */
final class YamlLine {

    /** A key at the start of a line, as written, and the index just after its colon. */
    record Key(String name, int end) {
    }

    /** A key with no space after its colon ({@code due:2022-05-31}): the key and what follows the colon. */
    record KeyWithoutSpace(String name, String value) {
    }

    /** Characters that cannot start a plain key: YAML's indicators, quotes and spaces. */
    private static final String NOT_A_KEY_START = "\"'#[{&*!|>%@`-:";

    private YamlLine() {
    }

    /** The lines of {@code content}, split at the line breaks SnakeYAML counts lines by, so that its line numbers index them. */
    static List<String> lines(String content) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '\r' || c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                lines.add(content.substring(start, i));
                if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(content.substring(start));
        return lines;
    }

    /**
     * The key that starts {@code line} after its indentation and any list dashes ({@code - impact: }),
     * up to the first colon followed by a space or the line's end; null if the line starts no key.
     */
    static Key key(String line) {
        int start = afterIndentAndDashes(line);
        if (start >= line.length() || space(line.charAt(start)) || NOT_A_KEY_START.indexOf(line.charAt(start)) >= 0) {
            return null;
        }
        for (int i = start + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '#') {
                return null;
            }
            if (c == ':') {
                return i + 1 == line.length() || space(line.charAt(i + 1)) ? new Key(line.substring(start, i), i + 1) : null;
            }
        }
        return null;
    }

    /** The key and value of {@code due:2022-05-31}: a key of letters, digits, {@code _} and {@code -}, then a colon and no space; null otherwise. */
    static KeyWithoutSpace keyWithoutSpace(String line) {
        int start = afterIndentAndDashes(line);
        if (start >= line.length() || !asciiLetter(line.charAt(start))) {
            return null;
        }
        int i = start + 1;
        while (i < line.length() && (asciiLetter(line.charAt(i)) || asciiDigit(line.charAt(i))
                || line.charAt(i) == '_' || line.charAt(i) == '-')) {
            i++;
        }
        if (i + 1 >= line.length() || line.charAt(i) != ':' || space(line.charAt(i + 1))) {
            return null;
        }
        return new KeyWithoutSpace(line.substring(start, i), line.substring(i + 1));
    }

    /**
     * The block indicator after the first {@code : } on the line that is followed by {@code >} or
     * {@code |}: with its chomping and indentation marks ({@code >-}, {@code |2}) or, if
     * {@code asWritten}, with everything up to the next space ({@code >x}); {@code >} if there is none.
     */
    static String blockIndicator(String line, boolean asWritten) {
        for (int colon = line.indexOf(':'); colon >= 0; colon = line.indexOf(':', colon + 1)) {
            int i = colon + 1;
            while (i < line.length() && space(line.charAt(i))) {
                i++;
            }
            if (i == colon + 1 || i >= line.length() || (line.charAt(i) != '>' && line.charAt(i) != '|')) {
                continue;
            }
            int end = i + 1;
            while (end < line.length() && (asWritten ? !space(line.charAt(end)) : marksABlock(line.charAt(end)))) {
                end++;
            }
            return line.substring(i, end);
        }
        return ">";
    }

    /** The index after the line's indentation and any list dashes, each followed by a space. */
    private static int afterIndentAndDashes(String line) {
        int i = 0;
        while (true) {
            while (i < line.length() && space(line.charAt(i))) {
                i++;
            }
            if (i + 1 < line.length() && line.charAt(i) == '-' && space(line.charAt(i + 1))) {
                i++;
            } else {
                return i;
            }
        }
    }

    private static boolean marksABlock(char c) {
        return c == '-' || c == '+' || asciiDigit(c);
    }

    /** The spaces that a YAML line separates its parts with. */
    static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\u000B';
    }

    private static boolean asciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean asciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
