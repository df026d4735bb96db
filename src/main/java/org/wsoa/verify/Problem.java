package org.wsoa.verify;

/**
 * One thing wrong with a PDF edition, located: the page it is on (1-based, or 0 when it concerns
 * the whole file), where on the page or in the HTML (a table's caption, row and column; a section),
 * and what is wrong, in words a person who did not write the PDF can act on.
 */
public record Problem(Kind kind, int page, String where, String message) {

    /** The checks of the verify package, each a way in which a reader can be let down. */
    public enum Kind {
        /** A word of the HTML is not in the PDF's text, in its place. */
        MISSING_TEXT("missing-text"),
        /** A word is in the PDF but its text extracts as a ligature code point, so a search misses it. */
        LIGATURE("ligature"),
        /** A glyph is drawn outside the page's printable area. */
        OUTSIDE_PAGE("outside-page"),
        /** A glyph is cut by a clip (its box, the page's content area): drawn, but not seen whole. */
        CLIPPED("clipped"),
        /** Two words are drawn over each other: a cell's text runs into the next, labels collide. */
        OVERLAPPING_TEXT("overlapping-text"),
        /** Text printed smaller than the smallest size allowed. */
        SMALL_TYPE("small-type"),
        /** A bookmark opens a page on which its heading is not drawn. */
        BOOKMARK_PAGE("bookmark-page"),
        /** A link inside the PDF (the contents) opens a page on which its heading is not drawn. */
        LINK_PAGE("link-page"),
        /** A page more than half blank where no new part starts on the next page. */
        HALF_BLANK("half-blank-page");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** The kind's stable name, as a report prints it. */
        public String id() {
            return id;
        }
    }

    @Override
    public String toString() {
        return (page > 0 ? "page " + page + ": " : "") + kind.id() + ": " + (where.isEmpty() ? "" : where + ": ") + message;
    }
}
