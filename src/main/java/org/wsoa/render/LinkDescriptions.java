package org.wsoa.render;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * Gives every link in the PDF the description PDF/UA asks for (7.18.5): where it goes, for a
 * screen reader to announce.
 */
final class LinkDescriptions {

    private LinkDescriptions() {
    }

    static void add(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getContents() == null) {
                    PDAction action = link.getAction();
                    link.setContents(action instanceof PDActionURI uri ? "Link to " + uri.getURI()
                            : "Link to another part of this document");
                }
            }
        }
    }
}
