package org.wsoa.render;

import java.util.Locale;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.wsoa.model.IdMentions;

/**
 * The small, safe subset of Markdown that text fields allow: paragraphs, lists, emphasis, and links
 * to http, https and mailto addresses. Raw HTML is shown as text; any other link, and any image,
 * is shown as its text only; headings become paragraphs so that the document outline stays the
 * tool's. This is the only way author text reaches the HTML.
 *
 * <p>A backslash before a letter or digit (which Markdown keeps as a backslash) marks the word
 * after it to be kept as written: {@code \NHS Black Country} prints "NHS Black Country" with no
 * glossary expansion of NHS there. The word is put in an element marked {@code translate="no"},
 * which the expansion passes over.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer INLINE_SAFE = safeRenderer(IdLinks.NONE);

    private Markdown() {
    }

    /**
     * Where the IDs that text mentions link to: each ID of the plan that can be mentioned, with the
     * fragment of its place in the page ({@code #kpi-k1-2}), and the capitals those IDs begin with.
     */
    record IdLinks(java.util.Map<String, String> fragments, java.util.Set<String> prefixes) {
        static final IdLinks NONE = new IdLinks(java.util.Map.of(), java.util.Set.of());
    }

    /** A renderer of the same safe subset that also links each mention of an ID in {@code links}. */
    static Linking linking(IdLinks links) {
        return new Linking(safeRenderer(links));
    }

    /** Author text as safe HTML, with the IDs it mentions linked to their place in the page. */
    static final class Linking {
        private final HtmlRenderer renderer;

        private Linking(HtmlRenderer renderer) {
            this.renderer = renderer;
        }

        String toHtml(String markdown) {
            return markdown == null || markdown.isBlank() ? "" : printable(renderer.render(PARSER.parse(markdown)).strip());
        }

        String toInlineHtml(String markdown) {
            return unwrap(toHtml(markdown));
        }
    }

    private static HtmlRenderer safeRenderer(IdLinks links) {
        return HtmlRenderer.builder()
                .escapeHtml(true)
                .sanitizeUrls(true)
                .nodeRendererFactory(context -> new SafeNodes(context, links))
                .build();
    }

    /** Author text as safe HTML (block level: paragraphs and lists). */
    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return printable(INLINE_SAFE.render(PARSER.parse(markdown)).strip());
    }

    /**
     * The HTML with every character that XML and the page cannot hold replaced by U+FFFD: the
     * loader refuses them where they are written, but a character reference such as {@code &#27;}
     * becomes one only when the Markdown is rendered, and would break the PDF.
     */
    static String printable(String html) {
        StringBuilder out = null;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < html.length() && Character.isLowSurrogate(html.charAt(i + 1));
            int cp = pair ? html.codePointAt(i) : c;
            boolean bad = (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || (cp >= 0x7f && cp <= 0x9f)
                    || (!pair && Character.isSurrogate(c)) || (cp & 0xfffe) == 0xfffe || (cp >= 0xfdd0 && cp <= 0xfdef);
            if (bad && out == null) {
                out = new StringBuilder(html.length()).append(html, 0, i);
            }
            if (out != null) {
                if (bad) {
                    out.append('\ufffd');
                } else {
                    out.appendCodePoint(cp);
                }
            }
            if (pair) {
                i++;
            }
        }
        return out == null ? html : out.toString();
    }

    /** Author text as safe HTML without the surrounding paragraph, for table cells and short fields. */
    public static String toInlineHtml(String markdown) {
        return unwrap(toHtml(markdown));
    }

    private static String unwrap(String html) {
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            return html.substring(3, html.length() - 4);
        }
        return html;
    }

    /**
     * Markdown as written, without the backslashes that mark a word to be kept as written, for
     * editions that print the author's Markdown rather than render it.
     */
    static String withoutKeepMarks(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length());
        for (int i = 0; i < markdown.length(); i++) {
            if (!isKeepMark(markdown, i)) {
                out.append(markdown.charAt(i));
            }
        }
        return out.toString();
    }

    private static boolean isKeepMark(String text, int i) {
        return text.charAt(i) == '\\' && i + 1 < text.length() && Acronyms.isLetterOrNumber(text.codePointAt(i + 1));
    }

    /** Where the word kept as written ends: at a space, less the punctuation that closes a phrase. */
    private static int keptWordEnd(String text, int start) {
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        while (end > start && ".,;:!?)]}\"'\u2019".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    static boolean isSafeLink(String destination) {
        String lower = destination.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:");
    }

    /** Renders links with unsafe destinations, images and headings as plain content. */
    private static final class SafeNodes implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;
        private final IdLinks links;
        /** Inside a link, where a mention is not linked again. */
        private boolean inLink;

        SafeNodes(HtmlNodeRendererContext context, IdLinks links) {
            this.context = context;
            this.html = context.getWriter();
            this.links = links;
        }

        @Override
        public java.util.Set<Class<? extends Node>> getNodeTypes() {
            return java.util.Set.of(Link.class, Image.class, Heading.class, Text.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof Link link && isSafeLink(link.getDestination())) {
                html.tag("a", java.util.Map.of("href", context.encodeUrl(link.getDestination())));
                inLink = true;
                children(node);
                inLink = false;
                html.tag("/a");
            } else if (node instanceof Heading) {
                html.line();
                html.tag("p");
                children(node);
                html.tag("/p");
                html.line();
            } else if (node instanceof Text text) {
                linked(text.getLiteral());
            } else if (node instanceof Image image) {
                html.text(image.getTitle() != null ? image.getTitle() : altText(image));
            } else {
                children(node);
            }
        }

        /** Text, with each ID it mentions linked to its place in the page (outside links). */
        private void linked(String literal) {
            if (inLink || links.fragments().isEmpty()) {
                text(literal);
                return;
            }
            int from = 0;
            for (IdMentions.Mention mention : IdMentions.in(literal, links.prefixes())) {
                String fragment = links.fragments().get(mention.id());
                if (fragment == null) {
                    continue;
                }
                text(literal.substring(from, mention.start()));
                // Attributes in a fixed order, for byte-identical pages (Map.of has none).
                java.util.Map<String, String> attributes = new java.util.LinkedHashMap<>();
                attributes.put("href", fragment);
                attributes.put("class", "ref");
                html.tag("a", attributes);
                html.text(mention.id());
                html.tag("/a");
                from = mention.end();
            }
            text(literal.substring(from));
        }

        /** Text, with each word marked by a backslash in an element the glossary expansion passes over. */
        private void text(String literal) {
            int from = 0;
            for (int i = 0; i < literal.length(); i++) {
                if (isKeepMark(literal, i)) {
                    int end = keptWordEnd(literal, i + 1);
                    html.text(literal.substring(from, i));
                    html.tag("span", java.util.Map.of("translate", "no"));
                    html.text(literal.substring(i + 1, end));
                    html.tag("/span");
                    from = end;
                    i = end - 1;
                }
            }
            html.text(literal.substring(from));
        }

        private void children(Node parent) {
            Node child = parent.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
        }

        private static String altText(Image image) {
            StringBuilder text = new StringBuilder();
            for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Text t) {
                    text.append(t.getLiteral());
                }
            }
            return text.toString();
        }
    }
}
