package org.wsoa.verify;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * Checks that every bookmark, and every link inside the PDF that names a section (the contents'
 * entries), opens the page on which the text it names is drawn: a bookmark's title, a link's own
 * words less a page number after them. The cover (page 1) and a bookmark that groups others and
 * opens its first one's page have no heading of their own and are not checked.
 */
public final class Bookmarks {

    private Bookmarks() {
    }

    public static List<Problem> check(PDDocument document, PdfText text) throws IOException {
        List<Problem> problems = new ArrayList<>();
        PDDocumentOutline outline = document.getDocumentCatalog().getDocumentOutline();
        List<String> titles = new ArrayList<>();
        if (outline != null) {
            bookmarks(document, text, outline, problems);
            titles(outline, titles);
        }
        int pageNumber = 0;
        for (PDPage page : document.getPages()) {
            pageNumber++;
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (!(annotation instanceof PDAnnotationLink link)) {
                    continue;
                }
                int target = target(document, link.getDestination(), link.getAction());
                if (target < 1) {
                    continue;
                }
                String words = linkText(text, pageNumber, link.getRectangle());
                // A link that names a section (the contents' entries, a bookmark's title) must open
                // its heading's page; a link on other words (a finding that links to its area) is not checked.
                String key = key(words);
                if (key.isEmpty() || titles.stream().noneMatch(t -> t.contains(key))) {
                    continue;
                }
                if (!drawnOn(text, target, words)) {
                    problems.add(new Problem(Problem.Kind.LINK_PAGE, pageNumber, "the link \"" + words + "\"",
                            "opens page " + target + ", but its text is drawn on "
                                    + pagesOf(text, words, target)));
                }
            }
        }
        return problems;
    }

    private static void bookmarks(PDDocument document, PdfText text, PDOutlineNode node, List<Problem> problems)
            throws IOException {
        for (PDOutlineItem item : node.children()) {
            String title = squash(item.getTitle());
            int target = target(document, item.getDestination(), item.getAction());
            PDOutlineItem child = item.getFirstChild();
            // The first page is where a document starts (its cover has no heading "Cover"); a bookmark
            // that groups others (the areas) has no heading of its own when it opens its first child's page.
            boolean headingless = target == 1
                    || child != null && target(document, child.getDestination(), child.getAction()) == target;
            if (headingless) {
                bookmarks(document, text, item, problems);
                continue;
            }
            if (target < 1) {
                problems.add(new Problem(Problem.Kind.BOOKMARK_PAGE, 0, "the bookmark \"" + title + "\"",
                        "opens no page of this document"));
            } else if (!drawnOn(text, target, title) && !pagesOf(text, title, target).equals("no page")) {
                problems.add(new Problem(Problem.Kind.BOOKMARK_PAGE, target, "the bookmark \"" + title + "\"",
                        "opens page " + target + ", but its heading is drawn on " + pagesOf(text, title, target)));
            }
            bookmarks(document, text, item, problems);
        }
    }

    private static void titles(PDOutlineNode node, List<String> titles) {
        for (PDOutlineItem item : node.children()) {
            titles.add(key(squash(item.getTitle())));
            titles(item, titles);
        }
    }

    /** The 1-based page a destination or GoTo action opens, or 0. */
    private static int target(PDDocument document, PDDestination destination, PDAction action) throws IOException {
        PDDestination where = destination;
        if (where == null && action instanceof PDActionGoTo goTo) {
            where = goTo.getDestination();
        }
        if (where instanceof PDNamedDestination named) {
            where = document.getDocumentCatalog().findNamedDestinationPage(named);
        }
        if (where instanceof PDPageDestination page) {
            if (page.getPage() != null) {
                return document.getPages().indexOf(page.getPage()) + 1;
            }
            int number = page.getPageNumber();
            return number >= 0 ? number + 1 : 0;
        }
        return 0;
    }

    /** The words drawn inside a link's rectangle, less a trailing page number. */
    private static String linkText(PdfText text, int page, PDRectangle rectangle) {
        if (rectangle == null) {
            return "";
        }
        List<String> words = new ArrayList<>();
        for (PdfText.Word word : text.wordsOn(page)) {
            if (rectangle.contains((float) word.box().getCenterX(), (float) word.box().getCenterY())) {
                words.add(word.text());
            }
        }
        while (!words.isEmpty() && words.get(words.size() - 1).matches("\\d+")) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }

    /** Whether the words are drawn on the page, in order, ignoring line breaks and hyphenation. */
    static boolean drawnOn(PdfText text, int page, String words) {
        String wanted = key(words);
        if (wanted.isEmpty()) {
            return true;
        }
        return text.pageKey(page).contains(wanted);
    }

    private static String pagesOf(PdfText text, String words, int except) {
        List<String> pages = new ArrayList<>();
        for (int p = 1; p <= text.pages().size(); p++) {
            if (p != except && drawnOn(text, p, words)) {
                pages.add(Integer.toString(p));
            }
        }
        if (pages.size() > 4) {
            pages = List.of(pages.get(0), pages.get(1), pages.get(2), "... (" + pages.size() + " pages)");
        }
        return pages.isEmpty() ? "no page" : (pages.size() == 1 ? "page " : "pages ") + String.join(", ", pages);
    }

    /** Letters and digits only, lower case: what is left of a heading however it is broken. */
    private static String key(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
    }

    private static String squash(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
