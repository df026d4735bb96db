package org.wsoa.load;

import java.util.Locale;

/**
 * Characters that plan text may not hold: control characters other than tab and line breaks, the
 * halves of a surrogate pair written alone, and Unicode's noncharacters. None of them can be
 * printed; they break the PDF, the XML and JSON reports and the terminal, and authors never mean
 * them (they arrive by pasting, or as escapes such as {@code "\0"} in quoted YAML).
 */
final class Unprintable {

    private Unprintable() {
    }

    /** The index of the first such character in {@code text} at or after {@code from}, or -1. */
    static int find(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (isNoncharacter(Character.toCodePoint(c, text.charAt(i + 1)))) {
                    return i;
                }
                i++;
            } else if (isUnprintable(c)) {
                return i;
            }
        }
        return -1;
    }

    /** How many such characters {@code text} holds from {@code from} on. */
    static int count(String text, int from) {
        int count = 0;
        for (int i = find(text, from); i >= 0; i = find(text, i + Character.charCount(text.codePointAt(i)))) {
            count++;
        }
        return count;
    }

    /** {@code text} with each such character replaced by U+FFFD, so that nothing after the loader sees it. */
    static String replace(String text) {
        int first = find(text, 0);
        if (first < 0) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length());
        int from = 0;
        for (int i = first; i >= 0; i = find(text, from)) {
            int length = Character.charCount(text.codePointAt(i));
            clean.append(text, from, i).append('\uFFFD');
            from = i + length;
        }
        return clean.append(text, from, text.length()).toString();
    }

    /** What the character at {@code index} is, for a message: "the control character U+0000". */
    static String describe(String text, int index) {
        int c = text.codePointAt(index);
        String code = String.format(Locale.ROOT, "U+%04X", c);
        if (Character.isSurrogate((char) c)) {
            return "half of a surrogate pair (" + code + ") on its own";
        }
        if (isNoncharacter(c)) {
            return "the noncharacter " + code;
        }
        return "the control character " + code;
    }

    private static boolean isUnprintable(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r'
                || c >= 0x7F && c <= 0x9F
                || Character.isSurrogate(c)
                || isNoncharacter(c);
    }

    private static boolean isNoncharacter(int c) {
        return c >= 0xFDD0 && c <= 0xFDEF || (c & 0xFFFE) == 0xFFFE;
    }
}
