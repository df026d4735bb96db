package org.wsoa.verify;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A published page as a tree of elements, each with the line and column of its start tag, read with
 * the JDK's XML parser: wsoa's pages are XHTML (the PDF's renderer needs them to be), so a page that
 * does not parse as XML is itself a finding. No DTD or external entity is ever loaded.
 */
final class HtmlTree {

    /** An element: its lower-case name, attributes, children (elements and text) and where its start tag is. */
    static final class Element {
        final String name;
        final Map<String, String> attributes;
        final List<Object> children = new ArrayList<>();
        final int line;
        final int column;

        Element(String name, Map<String, String> attributes, int line, int column) {
            this.name = name;
            this.attributes = attributes;
            this.line = line;
            this.column = column;
        }

        String attribute(String key) {
            return attributes.get(key);
        }

        boolean has(String key) {
            return attributes.containsKey(key);
        }

        List<Element> elements() {
            List<Element> elements = new ArrayList<>();
            for (Object child : children) {
                if (child instanceof Element element) {
                    elements.add(element);
                }
            }
            return elements;
        }

        /** This element and every element inside it, in document order. */
        void walk(Consumer<Element> visitor) {
            visitor.accept(this);
            for (Element child : elements()) {
                child.walk(visitor);
            }
        }

        /**
         * The text a reader meets: the text inside, with images' {@code alt} and SVGs' titles in their
         * place; nothing from a part hidden with {@code aria-hidden="true"}. Spaces collapsed.
         */
        String text() {
            StringBuilder text = new StringBuilder();
            appendText(text);
            return text.toString().replaceAll("\\s+", " ").strip();
        }

        private void appendText(StringBuilder text) {
            if ("true".equals(attribute("aria-hidden"))) {
                return;
            }
            if (name.equals("img")) {
                text.append(' ').append(attributes.getOrDefault("alt", "")).append(' ');
                return;
            }
            for (Object child : children) {
                if (child instanceof Element element) {
                    element.appendText(text);
                } else {
                    text.append(child);
                }
            }
        }
    }

    /** The page could not be read as XML: the parser's message and where it stopped. */
    static final class NotWellFormed extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        NotWellFormed(String message, int line, int column) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
        }
    }

    private HtmlTree() {
    }

    /** The page's root element ({@code html}). */
    static Element parse(byte[] page) throws NotWellFormed {
        Builder builder = new Builder(new String(page, StandardCharsets.UTF_8));
        try {
            parser().parse(new InputSource(new ByteArrayInputStream(page)), builder);
        } catch (SAXParseException e) {
            throw new NotWellFormed(e.getMessage(), Math.max(e.getLineNumber(), 0), Math.max(e.getColumnNumber(), 0));
        } catch (SAXException | IOException e) {
            throw new NotWellFormed(String.valueOf(e.getMessage()), 0, 0);
        }
        return builder.root;
    }

    private static SAXParser parser() {
        try {
            // The JDK's own parser, whatever else is on the class path; DTDs and entities never fetched.
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(false);
            factory.setValidating(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory.newSAXParser();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be set up: " + e.getMessage(), e);
        }
    }

    private static final class Builder extends DefaultHandler {
        private final String source;
        private final int[] lineStarts;
        private final Deque<Element> open = new ArrayDeque<>();
        private Locator locator;
        private Element root;

        Builder(String source) {
            this.source = source;
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < source.length(); i++) {
                if (source.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i < attributes.getLength(); i++) {
                map.put(attributes.getQName(i).toLowerCase(Locale.ROOT), attributes.getValue(i));
            }
            int[] at = startTag(locator.getLineNumber(), locator.getColumnNumber());
            Element element = new Element(qName.toLowerCase(Locale.ROOT), map, at[0], at[1]);
            if (open.isEmpty()) {
                root = element;
            } else {
                open.peek().children.add(element);
            }
            open.push(element);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            open.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!open.isEmpty()) {
                open.peek().children.add(new String(ch, start, length));
            }
        }

        /** The parser says where a start tag ends; findings point at its {@code <}. */
        private int[] startTag(int line, int column) {
            if (line < 1 || line > lineStarts.length) {
                return new int[] {line, column};
            }
            int offset = Math.min(lineStarts[line - 1] + Math.max(column - 1, 0), source.length());
            int lt = source.lastIndexOf('<', Math.max(offset - 1, 0));
            if (lt < 0) {
                return new int[] {line, column};
            }
            int startLine = line;
            while (startLine > 1 && lineStarts[startLine - 1] > lt) {
                startLine--;
            }
            return new int[] {startLine, lt - lineStarts[startLine - 1] + 1};
        }
    }
}
