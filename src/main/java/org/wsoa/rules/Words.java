package org.wsoa.rules;

/**
 * The words of an author's text, found in one pass. A word is a run of letters, digits and
 * underscores, with the combining marks that follow a letter or digit (an accent typed after its
 * letter). This
 * is what a regular expression's {@code \b} sees, but a regular expression works it out afresh at
 * every position, walking back over every combining mark before it: on a text of many combining
 * marks that takes time growing with the square of the text. Checks of words use this instead.
 */
final class Words {

    /** What to do with each word; return true to stop. */
    interface Visitor {
        boolean visit(int start, int end);
    }

    private Words() {
    }

    /** Calls {@code visitor} with the start and end of each word, in order, until it returns true. */
    static void each(String text, Visitor visitor) {
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (startsWord(c)) {
                int end = end(text, i);
                if (visitor.visit(i, end)) {
                    return;
                }
                i = end;
            } else {
                i += Character.charCount(c);
            }
        }
    }

    /** Whether a word can start with {@code c}: a combining mark on its own is not a word. */
    static boolean startsWord(int c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    /** Where the word that starts at {@code start} ends; {@code start} itself if none starts there. */
    static int end(String text, int start) {
        if (start >= text.length() || !startsWord(text.codePointAt(start))) {
            return start;
        }
        int i = start;
        // A combining mark belongs to the word when it follows a letter or a digit (not an underscore).
        boolean base = false;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (startsWord(c)) {
                base = Character.isLetterOrDigit(c);
            } else if (!base || Character.getType(c) != Character.NON_SPACING_MARK) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    /** Whether the text from {@code start} to {@code end} is {@code word}, ignoring ASCII case only. */
    static boolean is(String text, int start, int end, String word) {
        if (end - start != word.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char a = text.charAt(start + i);
            char b = word.charAt(i);
            if (a != b && !(a < 128 && b < 128 && Character.toLowerCase(a) == Character.toLowerCase(b))) {
                return false;
            }
        }
        return true;
    }
}
