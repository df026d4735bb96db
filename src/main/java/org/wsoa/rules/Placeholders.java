package org.wsoa.rules;

/**
 * Finds placeholder text: {@code TBC}, {@code TBD}, {@code TBA} and {@code XXX} as words, a run of
 * three or more {@code ?}, and {@code [insert ...]}, ignoring ASCII case. One pass over the text,
 * whatever it holds: no regular expression, whose word boundaries and backtracking can take time
 * growing with the square of a long text (many combining marks, many {@code [insert} without a
 * closing bracket).
 */
final class Placeholders {

    private Placeholders() {
    }

    /** The first placeholder in {@code text}, as written, or null. */
    static String find(String text) {
        if (!mayHold(text)) {
            return null;
        }
        int nextClose = -1;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (Words.startsWord(c)) {
                int end = Words.end(text, i);
                if (isPlaceholderWord(text, i, end)) {
                    return text.substring(i, end);
                }
                i = end;
                continue;
            }
            if (c == '?') {
                int end = i;
                while (end < text.length() && text.charAt(end) == '?') {
                    end++;
                }
                if (end - i >= 3) {
                    return text.substring(i, end);
                }
                i = end;
                continue;
            }
            if (c == '[') {
                int word = i + 1;
                while (word < text.length() && isSpace(text.charAt(word))) {
                    word++;
                }
                if (Words.is(text, word, Words.end(text, word), "insert")) {
                    // The next ] is looked for once and remembered, so that many [insert with no ]
                    // after them are not each searched to the end.
                    if (nextClose < word) {
                        nextClose = text.indexOf(']', word);
                        if (nextClose < 0) {
                            nextClose = text.length();
                        }
                    }
                    if (nextClose < text.length()) {
                        return text.substring(i, nextClose + 1);
                    }
                }
            }
            i += Character.charCount(c);
        }
        return null;
    }

    /**
     * False when {@code text} cannot hold a placeholder: it has no {@code ?}, no {@code [}, and
     * neither {@code tb} nor {@code xxx} in any ASCII case, which every placeholder has. One loop
     * of plain comparisons, for the many texts of a plan, all but a few of them without one.
     */
    static boolean mayHold(String text) {
        int xs = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '?' || c == '[') {
                return true;
            }
            char lower = (char) (c | 0x20);
            if (lower == 'x') {
                if (++xs == 3) {
                    return true;
                }
                continue;
            }
            xs = 0;
            if (lower == 't' && i + 1 < text.length() && (text.charAt(i + 1) | 0x20) == 'b') {
                return true;
            }
        }
        return false;
    }

    private static boolean isPlaceholderWord(String text, int start, int end) {
        if (Words.is(text, start, end, "TBC") || Words.is(text, start, end, "TBD") || Words.is(text, start, end, "TBA")) {
            return true;
        }
        if (end - start < 3) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (text.charAt(i) != 'x' && text.charAt(i) != 'X') {
                return false;
            }
        }
        return true;
    }

    /** What {@code \s} matches: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
