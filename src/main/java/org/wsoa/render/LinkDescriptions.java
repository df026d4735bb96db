package org.wsoa.render;

import java.io.IOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * Gives every link in the PDF the description PDF/UA asks for (7.18.5), saying where it goes, for
 * a screen reader to announce: "Link to https://...", or for a link inside the document the title
 * of the bookmark it opens and its page ("Link to W1: Assessment waiting times, page 12"), or
 * its page alone when no bookmark opens there. The same words go in the annotation's Contents and
 * in its Link structure element's Alt, which the renderer leaves empty.
 */
final class LinkDescriptions {

    private LinkDescriptions() {
    }

    static void add(PDDocument document) throws IOException {
        Map<String, String> bookmarks = new HashMap<>();
        if (document.getDocumentCatalog().getDocumentOutline() != null) {
            collect(document, document.getDocumentCatalog().getDocumentOutline(), bookmarks);
        }
        Map<COSDictionary, PDStructureElement> links = new IdentityHashMap<>();
        if (document.getDocumentCatalog().getStructureTreeRoot() != null) {
            linkElements(document.getDocumentCatalog().getStructureTreeRoot(), links);
        }
        for (PDPage page : document.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link) {
                    String description = describe(document, link, bookmarks);
                    link.setContents(description);
                    PDStructureElement element = links.get(link.getCOSObject());
                    if (element != null) {
                        element.setAlternateDescription(description);
                    }
                }
            }
        }
    }

    private static String describe(PDDocument document, PDAnnotationLink link, Map<String, String> bookmarks)
            throws IOException {
        PDAction action = link.getAction();
        if (action instanceof PDActionURI uri) {
            return "Link to " + uri.getURI();
        }
        PDDestination destination = action instanceof PDActionGoTo goTo ? goTo.getDestination() : link.getDestination();
        if (destination instanceof PDPageDestination target) {
            int page = target.retrievePageNumber();
            if (page >= 0) {
                String title = bookmarks.get(key(target, page));
                return "Link to " + (title != null ? title + ", page " + (page + 1) : "page " + (page + 1));
            }
        }
        return "Link to another part of this document";
    }

    /** Each bookmark's title under the place it opens: its page and the top of its view. */
    private static void collect(PDDocument document, PDOutlineNode node, Map<String, String> bookmarks)
            throws IOException {
        for (PDOutlineItem item : node.children()) {
            PDDestination destination = item.getDestination();
            if (destination == null && item.getAction() instanceof PDActionGoTo goTo) {
                destination = goTo.getDestination();
            }
            if (destination instanceof PDPageDestination target) {
                int page = target.retrievePageNumber();
                if (page >= 0) {
                    bookmarks.putIfAbsent(key(target, page), item.getTitle());
                }
            }
            collect(document, item, bookmarks);
        }
    }

    private static String key(PDPageDestination target, int page) {
        int top = target instanceof PDPageXYZDestination xyz ? Math.round(xyz.getTop()) : -1;
        return page + ":" + top;
    }

    /** The Link structure element of each link annotation, found through its object reference. */
    private static void linkElements(PDStructureNode node, Map<COSDictionary, PDStructureElement> links) {
        List<Object> kids = node.getKids();
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                if ("Link".equals(element.getStructureType())) {
                    for (Object part : element.getKids()) {
                        if (part instanceof PDObjectReference reference
                                && reference.getReferencedObject() instanceof PDAnnotation annotation) {
                            links.put(annotation.getCOSObject(), element);
                        }
                    }
                }
                linkElements(element, links);
            }
        }
    }
}
