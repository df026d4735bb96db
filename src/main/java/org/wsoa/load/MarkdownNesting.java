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
 * page is made by walking the Markdown tree, one level of the walk per level of nesting, so a text
 * nested thousands deep would overflow the stack when the plan is built; the loader refuses it
 * instead, so that what {@code validate} passes, {@code build} can publish.
 *
 * <p>The parser is CommonMark's, configured as the published page's ({@code render.Markdown}) is.
 */
final class MarkdownNesting {

    private static final Parser PARSER = Parser.builder().build();

    private MarkdownNesting() {
    }

    /** The deepest nesting in {@code text}, or a number no higher than {@code limit} if it cannot exceed it. */
    static int depth(String text, int limit) {
        if (markers(text) <= limit) {
            return 0;
        }
        return depth(PARSER.parse(text));
    }

    /**
     * An upper bound on the nesting, found in one pass without parsing: each level needs at least one
     * marker of its own (a {@code >}, a list's {@code -}, {@code +}, {@code *} or {@code 1.}, an
     * emphasis's {@code *} or {@code _}, a link's {@code [}). Most texts have fewer markers than the
     * limit and are never parsed here.
     */
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

    /** The depth of the tree, walked without recursion (the tree may be deep: that is the point). */
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
            while (node != null && node.getNext() == null) {
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
}
