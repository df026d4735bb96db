package org.wsoa.load;

/**
 * The fixed bounds on what the loader reads, so that no plan directory, however broken or hostile,
 * can make wsoa hang, run out of memory or overflow its stack. A real plan stays far inside them,
 * which is why none of them can be raised; the limits a real plan might reach are in
 * {@code resolve.Limits}. docs/security.md lists them all.
 */
public final class InputLimits {

    /** The largest file the loader reads: the largest example plan's largest file is under 40 KB. */
    public static final int MAX_FILE_BYTES = 2 * 1024 * 1024;
    /** The most the loader reads of one plan, all its files together. */
    public static final long MAX_PLAN_BYTES = 20L * 1024 * 1024;
    /** The most files the loader reads of one plan; every file, even an empty one, costs work. */
    public static final int MAX_FILES = 10_000;
    /** How deep mappings and lists may nest in a YAML file; a plan file needs 6 levels at most. */
    public static final int MAX_YAML_DEPTH = 20;
    /** How deep block quotes, lists, emphasis and links may nest in a text, so that it can be published. */
    public static final int MAX_MARKDOWN_DEPTH = 20;
    /** The first year a date in a plan may fall in. */
    public static final int FIRST_YEAR = 2000;
    /** The last year a date in a plan may fall in. */
    public static final int LAST_YEAR = 2100;
    /** The most digits a number may have before its decimal point. */
    public static final int MAX_INTEGER_DIGITS = 15;
    /** The most digits a number may have after its decimal point. */
    public static final int MAX_DECIMAL_PLACES = 6;

    /**
     * The most characters in a word (a run of characters without a space): the PDF cannot wrap a
     * longer one within a column. The longest word in the example plans, a web address, has 154.
     */
    public static final int MAX_WORD_LENGTH = 300;
    /** The most characters in a paragraph: the PDF lays out a longer one in time that grows faster than its length. */
    public static final int MAX_PARAGRAPH_LENGTH = 10_000;

    /**
     * The most characters in a glossary term. The page is searched for each term at every place a
     * word starts, so the work grows with the length of the longest term.
     */
    public static final int MAX_TERM_LENGTH = 100;

    private InputLimits() {
    }

    /** A count as people read it: {@code 10,000}. */
    static String count(long count) {
        return String.format(java.util.Locale.ROOT, "%,d", count);
    }

    /**
     * A size in bytes as people read it, rounded up so that a size over a limit never reads as the
     * limit itself: {@code 2 MB}, {@code 2.1 MB}, {@code 900 KB}.
     */
    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return (bytes + 1023) / 1024 + " KB";
        }
        long tenths = (bytes * 10 + 1024 * 1024 - 1) / (1024 * 1024);
        return tenths % 10 == 0 ? tenths / 10 + " MB" : tenths / 10 + "." + tenths % 10 + " MB";
    }
}
