package org.wsoa.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the IDs that author text mentions, "(K1.2)" or "action W2.7", in one pass over the text and
 * without regular expressions (docs/security.md).
 *
 * <p>A mention is a word of one to three capital letters, digits, and any number of parts after a
 * dot, each of up to three capitals and digits ({@code W2}, {@code K1.2}, {@code W2.SC1}), standing on
 * its own: not inside a longer word, a web address, a code span or a Markdown link. It counts only
 * when its letters begin some ID of the plan ({@code prefixes}), so that "KS2" or "A46" in a plan
 * whose IDs start with W and K is not taken for a reference.
 */
public final class IdMentions {

    /** One mention: its place in the text, {@code [start, end)}, and the ID as written. */
    public record Mention(int start, int end, String id) {
    }

    private static final int MAX_LETTERS = 3;

    private IdMentions() {
    }

    /** The capitals an ID begins with ("W" for W2.7, "SC" for SC1), or "" when it does not have the shape. */
    public static String prefix(String id) {
        int end = shapeEnd(id, 0);
        if (end != id.length()) {
            return "";
        }
        int letters = 0;
        while (letters < id.length() && isCapital(id.charAt(letters))) {
            letters++;
        }
        return id.substring(0, letters);
    }

    /** Every mention in {@code text} whose letters are one of {@code prefixes}, in order. */
    public static List<Mention> in(String text, Set<String> prefixes) {
        if (text == null || prefixes.isEmpty() || !hasCapitalThenDigit(text)) {
            return new ArrayList<>();
        }
        return scan(text, prefixes);
    }

    /** What {@link #in} gives, read character by character whatever the text holds. */
    static List<Mention> scan(String text, Set<String> prefixes) {
        List<Mention> mentions = new ArrayList<>();
        boolean inCode = false;
        int bracketDepth = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '`') {
                inCode = !inCode;
                i++;
                continue;
            }
            if (!inCode && c == '[') {
                bracketDepth++;
            } else if (!inCode && c == ']' && bracketDepth > 0) {
                bracketDepth--;
                if (i + 1 < text.length() && text.charAt(i + 1) == '(') {
                    i = skipTo(text, i + 2, ')');
                    continue;
                }
            } else if (!inCode && c == '<') {
                i = skipTo(text, i + 1, '>');
                continue;
            }
            if (inCode || bracketDepth > 0 || !isCapital(c) || !startsWord(text, i)) {
                i = isWordChar(c) || c == '/' ? skipWord(text, i) : i + 1;
                continue;
            }
            int end = shapeEnd(text, i);
            if (end > i && endsWord(text, end)) {
                String id = text.substring(i, end);
                if (prefixes.contains(prefix(id))) {
                    mentions.add(new Mention(i, end, id));
                }
                i = end;
            } else {
                i = skipWord(text, i);
            }
        }
        return mentions;
    }

    /**
     * Whether a capital is followed by a digit somewhere in {@code text}, as in every mention (its
     * last capital, then its first digit): most texts have none, and are passed over in one plain loop.
     */
    static boolean hasCapitalThenDigit(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (isDigit(text.charAt(i)) && isCapital(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where an ID of the shape that starts at {@code start} ends, or {@code start} when none does:
     * capitals, digits, then any number of a dot and up to three capitals and digits.
     */
    private static int shapeEnd(String text, int start) {
        int i = start;
        int letters = 0;
        while (i < text.length() && isCapital(text.charAt(i)) && letters < MAX_LETTERS) {
            i++;
            letters++;
        }
        int digitsStart = i;
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        if (letters == 0 || i == digitsStart) {
            return start;
        }
        while (i + 1 < text.length() && text.charAt(i) == '.') {
            int part = i + 1;
            int partLetters = 0;
            while (part < text.length() && isCapital(text.charAt(part)) && partLetters < MAX_LETTERS) {
                part++;
                partLetters++;
            }
            int partDigits = part;
            while (part < text.length() && isDigit(text.charAt(part))) {
                part++;
            }
            if (part == partDigits) {
                break; // "W2." at the end of a sentence: the dot is not part of the ID
            }
            i = part;
        }
        return i;
    }

    private static boolean startsWord(String text, int i) {
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        return !isWordChar(before) && before != '.' && before != '/' && before != '#' && before != '='
                && before != '@' && before != '\\';
    }

    private static boolean endsWord(String text, int end) {
        return end == text.length() || !isWordChar(text.charAt(end)) && text.charAt(end) != '/'
                && text.charAt(end) != '@';
    }

    /** Past the rest of a word or web address, so that nothing inside it is taken for an ID. */
    private static int skipWord(String text, int i) {
        int j = i;
        while (j < text.length() && !Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '('
                && text.charAt(j) != ')' && text.charAt(j) != ',' && text.charAt(j) != ';' && text.charAt(j) != '`'
                && text.charAt(j) != '[' && text.charAt(j) != ']' && text.charAt(j) != '<') {
            j++;
        }
        return Math.max(j, i + 1);
    }

    private static int skipTo(String text, int from, char close) {
        int end = text.indexOf(close, from);
        return end < 0 ? text.length() : end + 1;
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }
}
