package org.wsoa.verify;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The visible text of a built HTML page as words, each with where it is: in a table, the table's
 * caption, the row (its first cell) and the column (its header); elsewhere, the heading it comes
 * under. What a printed page does not show is left out: the head, styles, scripts, the inline SVG
 * charts (their text is their title and description, drawn as a picture), elements marked
 * {@code hidden}, what the print styles hide (the skip link, a details element's summary), and the
 * running header, which a PDF draws on its pages' margins.
 * The page must be well-formed XML, as wsoa's pages are (the PDF renderer needs them so).
 */
public final class HtmlText {

    /** One word of the page, where it is for a reader of the report, and the number of its block (paragraph, cell, item). */
    public record Word(String text, String where, int block) {
    }

    private static final Set<String> UNSEEN = Set.of("head", "style", "script", "template", "svg", "summary", "noscript");
    /**
     * The skip link, hidden in print; the running header, which the PDF draws in the margin of every
     * page but the first (extra words in the PDF are allowed, and its one copy in the page would use up
     * the cover's words).
     */
    private static final Set<String> UNSEEN_CLASSES = Set.of("skip-link", "running-header");
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "dl", "dt", "dd", "td", "th", "tr", "table",
            "caption", "h1", "h2", "h3", "h4", "h5", "h6", "section", "header", "footer", "nav", "main", "figure",
            "figcaption", "blockquote", "br", "article", "aside", "details", "thead", "tbody", "tfoot", "pre", "hr");

    private final List<Word> words = new ArrayList<>();
    private String heading = "the start of the page";
    private int blocks;

    private HtmlText() {
    }

    /** The visible words of the page, in document order. */
    public static List<Word> words(String html) throws IOException {
        HtmlText text = new HtmlText();
        Document document = parse(html);
        text.walk(document.getDocumentElement(), new StringBuilder(), null);
        return List.copyOf(text.words);
    }

    private static Document parse(String html) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(html)));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("the HTML page is not well-formed: " + e.getMessage(), e);
        }
    }

    /** Appends the text under {@code node} to {@code run}, flushing words at block boundaries. */
    private void walk(Node node, StringBuilder run, String where) {
        if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            run.append(node.getNodeValue());
            return;
        }
        if (node.getNodeType() != Node.ELEMENT_NODE) {
            return;
        }
        Element element = (Element) node;
        String name = element.getTagName().toLowerCase(java.util.Locale.ROOT);
        if (UNSEEN.contains(name) || element.hasAttribute("hidden") || hasUnseenClass(element)) {
            return;
        }
        boolean block = BLOCKS.contains(name);
        if (block) {
            flush(run, where);
        }
        String here = where;
        if (name.matches("h[1-6]")) {
            heading = "under the heading \"" + element.getTextContent().strip().replaceAll("\\s+", " ") + "\"";
        }
        if (name.equals("td") || name.equals("th")) {
            here = cellPlace(element);
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            walk(child, run, here);
        }
        if (block) {
            flush(run, here);
        }
    }

    private static boolean hasUnseenClass(Element element) {
        for (String name : element.getAttribute("class").split("\\s+")) {
            if (UNSEEN_CLASSES.contains(name)) {
                return true;
            }
        }
        return false;
    }

    private void flush(StringBuilder run, String where) {
        String text = run.toString().replace('\u00a0', ' ').replace("\u00ad", "").replace("\u200b", "");
        for (String word : text.strip().split("\\s+")) {
            if (!word.isEmpty()) {
                words.add(new Word(word, where == null ? heading : where, blocks));
            }
        }
        run.setLength(0);
        blocks++;
    }

    /** "table "Actions for W1", row "W1.1", column "Status"", from the cell's table. */
    private static String cellPlace(Element cell) {
        Node row = cell.getParentNode();
        Node table = row;
        while (table != null && !(table instanceof Element e && e.getTagName().equalsIgnoreCase("table"))) {
            table = table.getParentNode();
        }
        int column = 0;
        for (Node n = cell.getPreviousSibling(); n != null; n = n.getPreviousSibling()) {
            if (n instanceof Element e && (e.getTagName().equalsIgnoreCase("td") || e.getTagName().equalsIgnoreCase("th"))) {
                column++;
            }
        }
        String caption = "";
        String header = "";
        if (table instanceof Element t) {
            var captions = t.getElementsByTagName("caption");
            if (captions.getLength() > 0) {
                caption = " \"" + squash(captions.item(0).getTextContent()) + "\"";
            }
            var heads = t.getElementsByTagName("thead");
            if (heads.getLength() > 0) {
                var cells = ((Element) heads.item(0)).getElementsByTagName("th");
                if (column < cells.getLength()) {
                    header = squash(cells.item(column).getTextContent());
                }
            }
        }
        String rowName = "";
        for (Node n = row.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                rowName = squash(e.getTextContent());
                break;
            }
        }
        boolean inHead = row.getParentNode() instanceof Element p && p.getTagName().equalsIgnoreCase("thead");
        return "table" + caption + (inHead ? ", header row" : ", row \"" + shorten(rowName) + "\"")
                + (header.isEmpty() ? ", column " + (column + 1) : ", column \"" + header + "\"");
    }

    private static String squash(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }
}
