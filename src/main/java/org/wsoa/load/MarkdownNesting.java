package org.wsoa.load;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.Parser;

/**
 * How deep block quotes, lists, emphasis and links nest in a text read as Markdown. The published
 * page is made by CommonMark's parser and renderer, which recurse once per level of nesting and, on
 * deeply indented lists, take time growing with the square of the text; so a text nested thousands
 * deep would make the build overflow its stack or run for minutes. The loader refuses it instead,
 * so that what {@code validate} passes, {@code build} can publish.
 *
 * <p>Two steps, so that no hostile text reaches the parser: first an estimate in one pass without
 * parsing (a line's quotes and lists are at most its {@code >} and list markers, plus one for each
 * two columns of indentation, or those of the paragraph it continues; emphasis and links are the
 * {@code *}, {@code _} and {@code [} left open in the paragraph); a text estimated deeper than the
 * limit is refused as it is. Only a text with more markers than the limit, and estimated within it,
 * is parsed, as the page will be, and measured exactly.
 */
final class MarkdownNesting {

    private static final Parser PARSER = Parser.builder().build();

    private MarkdownNesting() {
    }

    /** How deep {@code text} nests: exactly, or an estimate when that is beyond {@code limit}. */
    static int depth(String text, int limit) {
        int estimate = estimate(text);
        if (estimate > limit || markers(text) <= limit) {
            return estimate;
        }
        try {
            return depth(PARSER.parse(text));
        } catch (StackOverflowError e) {
            // Only emphasis nested thousands deep that the estimate missed gets here; it is too deep.
            return Integer.MAX_VALUE;
        }
    }

    /** Every character that could open a level: no text with fewer nests deeper than this. */
    private static int markers(String text) {
        int markers = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '>' || c == '-' || c == '+' || c == '*' || c == '_' || c == '[') {
                markers++;
            } else if ((c == '.' || c == ')') && i > 0 && Character.isDigit(text.charAt(i - 1))) {
                markers++;
            }
        }
        return markers;
    }

    /** The depth of a parsed text, walked without recursion. */
    private static int depth(Node document) {
        int deepest = 0;
        int depth = 0;
        Node node = document.getFirstChild();
        while (node != null) {
            int own = counts(node) ? 1 : 0;
            deepest = Math.max(deepest, depth + own);
            if (node.getFirstChild() != null) {
                depth += own;
                node = node.getFirstChild();
                continue;
            }
            while (node.getNext() == null) {
                node = node.getParent();
                if (node == null || node == document) {
                    return deepest;
                }
                depth -= counts(node) ? 1 : 0;
            }
            node = node.getNext();
        }
        return deepest;
    }

    private static boolean counts(Node node) {
        return node instanceof BlockQuote || node instanceof ListBlock || node instanceof Emphasis
                || node instanceof StrongEmphasis || node instanceof Link || node instanceof Image;
    }

    /** The estimate, in one pass. */
    static int estimate(String text) {
        int deepest = 0;
        int stars = 0;
        int underscores = 0;
        int brackets = 0;
        int paragraphBlocks = 0;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int[] prefix = prefix(text, lineStart, lineEnd);
            int contentStart = prefix[1];
            if (isBlank(text, lineStart, lineEnd)) {
                // A blank line ends the paragraph: what it left open is closed with it.
                stars = 0;
                underscores = 0;
                brackets = 0;
                paragraphBlocks = 0;
            }
            // A line without markers may continue the paragraph above, inside that paragraph's quotes and lists.
            paragraphBlocks = Math.max(paragraphBlocks, prefix[0]);
            int blocks = paragraphBlocks;
            int inline = stars + underscores + brackets;
            int i = contentStart;
            while (i < lineEnd) {
                char c = text.charAt(i);
                if (c == '\\') {
                    i += 2;
                    continue;
                }
                if (c == '*' || c == '_') {
                    int end = i;
                    while (end < lineEnd && text.charAt(end) == c) {
                        end++;
                    }
                    int run = end - i;
                    // CommonMark's rules for a run of * or _ that can open or close emphasis ("flanking").
                    char before = i > 0 ? text.charAt(i - 1) : ' ';
                    char after = end < text.length() ? text.charAt(end) : ' ';
                    boolean left = !Character.isWhitespace(after)
                            && (!isPunctuation(after) || Character.isWhitespace(before) || isPunctuation(before));
                    boolean right = !Character.isWhitespace(before)
                            && (!isPunctuation(before) || Character.isWhitespace(after) || isPunctuation(after));
                    boolean canOpen = c == '*' ? left : left && (!right || isPunctuation(before));
                    boolean canClose = c == '*' ? right : right && (!left || isPunctuation(after));
                    int open = c == '*' ? stars : underscores;
                    if (canClose) {
                        open = Math.max(0, open - run);
                    }
                    if (canOpen) {
                        open += run;
                    }
                    if (c == '*') {
                        stars = open;
                    } else {
                        underscores = open;
                    }
                    i = end;
                } else {
                    if (c == '[') {
                        brackets++;
                    } else if (c == ']' && brackets > 0) {
                        brackets--;
                    }
                    i++;
                }
                inline = Math.max(inline, stars + underscores + brackets);
            }
            deepest = Math.max(deepest, blocks + inline);
            lineStart = lineEnd + 1;
        }
        return deepest;
    }

    /**
     * The quotes and lists a line could be inside, and where its content starts: each {@code >}
     * and list marker at its start counts one, and each two columns of indentation one more.
     */
    private static int[] prefix(String text, int start, int end) {
        int markers = 0;
        int columns = 0;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            int marker = markerEnd(text, i, end);
            if (c == ' ') {
                columns++;
                i++;
            } else if (c == '\t') {
                columns += 4;
                i++;
            } else if (marker > i) {
                markers++;
                // The spaces that follow a marker (up to four) belong to it, not to indentation.
                i = marker;
                for (int spaces = 0; spaces < 4 && i < end && isSpace(text.charAt(i)); spaces++) {
                    i++;
                }
            } else {
                break;
            }
        }
        return new int[] {markers + columns / 2, i};
    }

    /** The end of a quote or list marker at {@code i} ({@code >}, {@code -}, {@code +}, {@code *}, {@code 1.}), or {@code i}. */
    private static int markerEnd(String text, int i, int end) {
        char c = text.charAt(i);
        if (c == '>') {
            return i + 1;
        }
        if ((c == '-' || c == '+' || c == '*') && (i + 1 == end || isSpace(text.charAt(i + 1)))) {
            return i + 1;
        }
        int digits = i;
        while (digits < end && digits - i < 9 && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        if (digits > i && digits < end && (text.charAt(digits) == '.' || text.charAt(digits) == ')')
                && (digits + 1 == end || isSpace(text.charAt(digits + 1)))) {
            return digits + 1;
        }
        return i;
    }

    /** A line of nothing but spaces, or of quote markers and spaces: a blank line, in a quote or not. */
    private static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '>') {
                return false;
            }
        }
        return true;
    }

    private static boolean isPunctuation(char c) {
        if (c < 128) {
            return c > ' ' && c < 127 && !Character.isLetterOrDigit(c);
        }
        int type = Character.getType(c);
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION || type == Character.MATH_SYMBOL
                || type == Character.CURRENCY_SYMBOL || type == Character.MODIFIER_SYMBOL || type == Character.OTHER_SYMBOL;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r';
    }
}
