package org.wsoa.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.wsoa.model.GlossaryTerm;

/**
 * Expands the first use of each glossary term in the running text of a page: "SEND" becomes
 * {@code <abbr title="...">SEND</abbr> (special educational needs and disabilities)}.
 *
 * <p>The terms are held in a trie of their escaped spellings, so that each stretch of text is read
 * once, whatever the number of terms: at each place where a term may start, the trie is followed as
 * far as the text matches it. (One regular expression per term and stretch took minutes for a
 * glossary of thousands of terms.) A term is used where it stands as a whole word or phrase: not
 * preceded by a letter, a number, or the {@code &}, {@code #} or {@code ;} of an entity, and not
 * followed by a letter or number.
 *
 * <p>A term is not expanded where it is part of a name or a possessive: followed by a space and a
 * capitalised word ("NHS England", "SEND Code of Practice"), by {@code 's} ("the DfE's date"), or
 * inside one of the plan's own names (an organisation, person, role, board or document title) that
 * is longer than the term. The names share the trie, so the text is still read once.
 */
final class Acronyms {

    /** One place in the trie: the next characters, and the terms (by index) that end here. */
    private static final class Node {
        final Map<Character, Node> next = new HashMap<>();
        final List<Integer> ending = new ArrayList<>(1);
        boolean endsName;
    }

    /** A term found in a stretch: its index in the glossary and where it stands. */
    private record Use(int term, int start, int end) {
    }

    private final List<GlossaryTerm> terms = new ArrayList<>();
    private final List<String> escaped = new ArrayList<>();
    private final Node root = new Node();
    private final boolean[] pending;
    /** For each term, the last stretch it was found in: one array for all stretches, not one each. */
    private final int[] foundIn;
    private int stretch;
    private int remaining;

    /**
     * The terms that have both a spelling and a meaning, each pending until its first use, and the
     * names within which no term is expanded.
     */
    Acronyms(List<GlossaryTerm> glossary, Collection<String> names) {
        for (GlossaryTerm term : glossary) {
            if (term.term() != null && !term.term().isBlank() && term.meaning() != null && !term.meaning().isBlank()) {
                terms.add(term);
            }
        }
        pending = new boolean[terms.size()];
        foundIn = new int[terms.size()];
        for (int index = 0; index < terms.size(); index++) {
            String spelling = Xml.escape(terms.get(index).term());
            escaped.add(spelling);
            Node node = root;
            for (int i = 0; i < spelling.length(); i++) {
                node = node.next.computeIfAbsent(spelling.charAt(i), c -> new Node());
            }
            node.ending.add(index);
            pending[index] = true;
        }
        for (String name : names) {
            // Author text keeps a plain apostrophe; text a template prints has it escaped.
            String spelling = Xml.escape(name);
            addName(spelling);
            addName(spelling.replace("&#39;", "'"));
        }
        remaining = terms.size();
    }

    private void addName(String spelling) {
        Node node = root;
        for (int i = 0; i < spelling.length(); i++) {
            node = node.next.computeIfAbsent(spelling.charAt(i), c -> new Node());
        }
        node.endsName = true;
    }

    /** Whether a term is still to be expanded. */
    boolean anyPending() {
        return remaining > 0;
    }

    /**
     * {@code text} (a stretch of running text between two tags) with the first use of each pending
     * term expanded. Terms are taken in glossary order; one whose first use here overlaps a use
     * already expanded waits for a later stretch.
     */
    String expand(String text) {
        if (remaining == 0 || text.isBlank()) {
            return text;
        }
        List<Use> uses = firstUses(text);
        if (uses.isEmpty()) {
            return text;
        }
        uses.sort((a, b) -> Integer.compare(a.term(), b.term()));
        TreeMap<Integer, Use> chosen = new TreeMap<>();
        for (Use use : uses) {
            Map.Entry<Integer, Use> before = chosen.floorEntry(use.start());
            Map.Entry<Integer, Use> after = chosen.ceilingEntry(use.start());
            if (before != null && before.getValue().end() > use.start() || after != null && after.getKey() < use.end()) {
                continue;
            }
            chosen.put(use.start(), use);
            pending[use.term()] = false;
            remaining--;
        }
        StringBuilder result = new StringBuilder(text.length() + 64 * chosen.size());
        int from = 0;
        for (Use use : chosen.values()) {
            GlossaryTerm term = terms.get(use.term());
            String meaning = Xml.escape(term.meaning().value());
            String abbr = "<abbr title=\"" + meaning + "\">" + escaped.get(use.term()) + "</abbr>";
            // "special educational needs and disabilities (SEND)" is expanded already.
            boolean inBrackets = use.start() > 0 && text.charAt(use.start() - 1) == '(' && use.end() < text.length()
                    && text.charAt(use.end()) == ')';
            result.append(text, from, use.start()).append(inBrackets ? abbr : abbr + " (" + meaning + ")");
            from = use.end();
        }
        return result.append(text, from, text.length()).toString();
    }

    /**
     * The first use in {@code text} of each pending term, found in one pass. A name found at a place
     * is passed over whole: the terms inside it are not used.
     */
    private List<Use> firstUses(String text) {
        List<Use> uses = new ArrayList<>();
        List<Use> here = new ArrayList<>();
        stretch++;
        int i = 0;
        while (i < text.length()) {
            if (i > 0 && precludesStart(text.codePointBefore(i))) {
                i += Character.charCount(text.codePointAt(i));
                continue;
            }
            here.clear();
            int nameEnd = -1;
            Node node = root;
            for (int j = i; j < text.length(); j++) {
                node = node.next.get(text.charAt(j));
                if (node == null) {
                    break;
                }
                if (j + 1 == text.length() || !isLetterOrNumber(text.codePointAt(j + 1))) {
                    if (node.endsName) {
                        nameEnd = j + 1;
                    }
                    for (int term : node.ending) {
                        here.add(new Use(term, i, j + 1));
                    }
                }
            }
            for (Use use : here) {
                if (use.end() >= nameEnd && pending[use.term()] && foundIn[use.term()] != stretch
                        && !NameContinuation.follows(text, use.end())) {
                    foundIn[use.term()] = stretch;
                    uses.add(use);
                }
            }
            i = nameEnd > i ? nameEnd : i + Character.charCount(text.codePointAt(i));
        }
        return uses;
    }

    private static boolean precludesStart(int c) {
        return isLetterOrNumber(c) || c == '&' || c == '#' || c == ';';
    }

    /** {@code \p{L}} or {@code \p{N}}: a letter, or a number of any kind (digits, numerals, fractions). */
    static boolean isLetterOrNumber(int c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
