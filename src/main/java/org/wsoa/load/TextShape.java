package org.wsoa.load;

/**
 * The longest word and the longest paragraph of a text, found in one pass. The PDF cannot wrap a
 * word wider than its column (a 9,000-letter word pushed a table's columns off the page), and lays
 * out a paragraph in time that grows faster than its length, so both are bounded before anything
 * is published: {@link InputLimits#MAX_WORD_LENGTH} and {@link InputLimits#MAX_PARAGRAPH_LENGTH}.
 */
final class TextShape {

    private TextShape() {
    }

    /** What is wrong with the text's shape, as the start of a finding's message, or null if nothing is. */
    static String problem(String text) {
        int word = 0;
        int longestWord = 0;
        int paragraph = 0;
        int longestParagraph = 0;
        boolean lineBlank = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (lineBlank) {
                    paragraph = 0;
                }
                lineBlank = true;
                word = 0;
                continue;
            }
            if (lineBlank && paragraph > 0 && startsBlock(text, i)) {
                // A list item, a table row, a heading or a quote is laid out on its own.
                paragraph = 0;
            }
            if (Character.isLowSurrogate(c)) {
                continue;
            }
            if (c == ' ' || c == '\t' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                word = 0;
            } else {
                lineBlank = false;
                longestWord = Math.max(longestWord, ++word);
            }
            longestParagraph = Math.max(longestParagraph, ++paragraph);
        }
        return describe(longestWord, longestParagraph);
    }

    /** Whether the line at {@code i} (its first character that is not a space) starts a block of its own. */
    private static boolean startsBlock(String text, int i) {
        char c = text.charAt(i);
        if (c == '|' || c == '-' || c == '*' || c == '+' || c == '#' || c == '>') {
            return true;
        }
        int j = i;
        while (j < text.length() && j - i < 9 && Character.isDigit(text.charAt(j))) {
            j++;
        }
        return j > i && j < text.length() && (text.charAt(j) == '.' || text.charAt(j) == ')');
    }

    private static String describe(int longestWord, int longestParagraph) {
        if (longestWord > InputLimits.MAX_WORD_LENGTH) {
            return "a word in this text is " + InputLimits.count(longestWord) + " characters long; wsoa publishes words of at most "
                    + InputLimits.MAX_WORD_LENGTH + " characters, so that every word fits the page";
        }
        if (longestParagraph > InputLimits.MAX_PARAGRAPH_LENGTH) {
            return "a paragraph in this text is " + InputLimits.count(longestParagraph) + " characters long; wsoa publishes"
                    + " paragraphs of at most " + InputLimits.count(InputLimits.MAX_PARAGRAPH_LENGTH) + " characters";
        }
        return null;
    }
}
