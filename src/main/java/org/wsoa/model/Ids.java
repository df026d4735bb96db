package org.wsoa.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What an ID may be, and the form it takes in the published page's link anchors. An ID is a letter
 * or digit, then letters, digits, combining marks, {@code .}, {@code -} and {@code _}, at most
 * {@value #MAX_LENGTH} characters: {@code W1}, {@code W1.3}, {@code K2}, {@code amorgan}.
 */
public final class Ids {

    /** The most characters an ID may have. */
    public static final int MAX_LENGTH = 64;

    /** The rule, as documentation and messages give it. */
    public static final String RULE = "letters, digits, `.`, `-` and `_`, starting with a letter or digit, at most "
            + MAX_LENGTH + " characters";

    private Ids() {
    }

    /** Whether {@code id} follows the rule; checked character by character, in one pass. */
    public static boolean isWellFormed(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH || !Character.isLetterOrDigit(id.codePointAt(0))) {
            return false;
        }
        for (int i = 0; i < id.length(); ) {
            int c = id.codePointAt(i);
            if (!Character.isLetterOrDigit(c) && !isMark(c) && c != '.' && c != '-' && c != '_') {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /**
     * The ID in a link anchor: lower case, each run of other characters than letters, digits and
     * marks as one {@code -}. {@code W1.3} becomes {@code w1-3}.
     */
    public static String anchor(String id) {
        if (id == null) {
            return "";
        }
        String lower = id.toLowerCase(Locale.ROOT);
        StringBuilder anchor = new StringBuilder(lower.length());
        boolean separated = false;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            if (Character.isLetterOrDigit(c) || isMark(c)) {
                anchor.appendCodePoint(c);
                separated = false;
            } else if (!separated) {
                anchor.append('-');
                separated = true;
            }
            i += Character.charCount(c);
        }
        return anchor.toString();
    }

    /**
     * What two IDs have in common when a reader or a browser could not tell them apart: the same
     * anchor once compatibility forms are folded (NFKC: a full-width {@code Ｗ} is a {@code W}).
     * Two IDs with the same key cannot both be in a plan.
     */
    public static String key(String id) {
        return anchor(Normalizer.normalize(id, Normalizer.Form.NFKC));
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
