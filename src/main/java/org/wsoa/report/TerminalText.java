package org.wsoa.report;

import java.util.Locale;

/**
 * Text from a plan (or a path) made safe to print on a terminal: control characters, which could
 * move the cursor, recolour the screen or rewrite a line, the invisible marks that reorder text,
 * and halves of characters that UTF-8 cannot encode are written as escapes such as
 * {@code \u001B}. Everything else is printed as it is.
 */
public final class TerminalText {

    private TerminalText() {
    }

    /** {@code text} with each unsafe character written as a backslash, {@code u} and four hex digits. */
    public static String safe(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (isUnsafe(c)) {
                out.append("\\u").append(String.format(Locale.ROOT, "%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isUnsafe(char c) {
        return Character.getType(c) == Character.CONTROL // C0 (tab and line breaks too), DEL and C1
                || Character.isSurrogate(c) // unpaired: paired ones are taken above
                || c == '\u061C' || c == '\u200E' || c == '\u200F' // bidirectional marks
                || c >= '\u202A' && c <= '\u202E' // embeddings and overrides
                || c >= '\u2066' && c <= '\u2069' // isolates
                || c == '\u2028' || c == '\u2029'; // line and paragraph separators
    }
}
