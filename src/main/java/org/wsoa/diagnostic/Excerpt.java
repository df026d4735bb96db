package org.wsoa.diagnostic;

/**
 * What a message quotes of a value the author wrote: at most {@value #MAX} characters, on one line.
 * A message names the problem and where it is; it never repeats a whole file, which could be large
 * or could be something that was never meant to be published.
 */
public final class Excerpt {

    /** The most characters of a value that a message quotes. */
    public static final int MAX = 60;

    private Excerpt() {
    }

    /** {@code text} whole if it is short and on one line, else its start and an ellipsis. */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder excerpt = new StringBuilder();
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (count == MAX) {
                return excerpt.append('…').toString();
            }
            // Line breaks and tabs would break the one line a finding takes; control characters are
            // never quoted (the loader reports them), so a message cannot carry them to a terminal.
            excerpt.appendCodePoint(c == '\n' || c == '\r' || c == '\t' ? ' ' : Character.isISOControl(c)
                    || Character.getType(c) == Character.SURROGATE ? '\uFFFD' : c);
            count++;
            i += Character.charCount(c);
        }
        return excerpt.toString();
    }
}
