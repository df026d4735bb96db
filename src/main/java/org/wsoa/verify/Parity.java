package org.wsoa.verify;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares the words of the HTML edition with the words of the PDF: every word of every block of
 * the HTML (paragraph, list item, every cell of every table) must be drawn in the PDF, on the page
 * where the block before it ended or on one of the next two. A PDF does not draw the words of a
 * line in reading order (a styled word in a line may come after the line), so within those pages
 * order is not asked; across pages it is, and each word of the PDF is used once. The PDF may say
 * more (running headers, page numbers, repeated table headers, chart labels). A word broken over
 * lines (with or without a hyphen) is matched to its pieces joined; a word whose PDF text uses a
 * ligature code point is reported as such, since a search for it fails.
 */
public final class Parity {

    /** How many pages after the current one a block's words are looked for. */
    static final int PAGES_AHEAD = 2;

    private Parity() {
    }

    /** The HTML's words that the PDF does not have, or has only as ligatures, each located. */
    public static List<Problem> compare(List<HtmlText.Word> html, List<PdfText.Word> pdf) {
        List<Problem> problems = new ArrayList<>();
        boolean[] used = new boolean[pdf.size()];
        Map<String, List<Integer>> byText = new HashMap<>();
        Map<String, List<Integer>> byCore = new HashMap<>();
        TreeMap<Integer, Integer> firstOfPage = new TreeMap<>();
        for (int i = 0; i < pdf.size(); i++) {
            byText.computeIfAbsent(pdf.get(i).text(), t -> new ArrayList<>()).add(i);
            byCore.computeIfAbsent(core(pdf.get(i).text()), t -> new ArrayList<>()).add(i);
            firstOfPage.putIfAbsent(pdf.get(i).page(), i);
        }
        int lastPage = pdf.isEmpty() ? 0 : pdf.get(pdf.size() - 1).page();
        int current = pdf.isEmpty() ? 0 : pdf.get(0).page();
        int start = 0;
        while (start < html.size()) {
            int end = start;
            while (end < html.size() && html.get(end).block() == html.get(start).block()) {
                end++;
            }
            int last = Math.min(lastPage, current + PAGES_AHEAD);
            Map<Integer, Integer> pages = new TreeMap<>();
            List<String> lost = new ArrayList<>();
            List<String> ligatures = new ArrayList<>();
            for (HtmlText.Word word : html.subList(start, end)) {
                int found = -1;
                // The nearest page first: a word is taken from a later page only if the nearer have none left.
                for (int page = current; page <= last && found < 0; page++) {
                    found = find(word.text(), byText, byCore, used, pdf, firstOfPage, page);
                }
                if (found < 0) {
                    for (int page = current; page <= last && found < 0; page++) {
                        found = ligature(word.text(), pdf, used, firstOfPage, page, page);
                    }
                    if (found >= 0) {
                        ligatures.add(pdf.get(found).text());
                    }
                }
                if (found >= 0) {
                    pages.merge(pdf.get(found).page(), 1, Integer::sum);
                } else {
                    lost.add(word.text());
                }
            }
            HtmlText.Word first = html.get(start);
            int where = pages.isEmpty() ? current : mode(pages);
            if (!lost.isEmpty()) {
                problems.add(new Problem(Problem.Kind.MISSING_TEXT, where, first.where(), quote(lost)
                        + (lost.size() == end - start ? " is" : " (of \"" + text(html.subList(start, end)) + "\") is")
                        + " in the HTML but not drawn in the PDF on pages " + current + "-" + last));
            }
            if (!ligatures.isEmpty()) {
                problems.add(new Problem(Problem.Kind.LIGATURE, where, first.where(), quote(ligatures)
                        + " extracts with ligature code points (U+FB00-FB06): a search for the words finds nothing"));
            }
            if (!pages.isEmpty()) {
                // A block of a word or two may have found its words further on by chance: it moves on one page at most.
                current = Math.max(current, end - start - lost.size() >= 3 ? where : Math.min(where, current + 1));
            }
            start = end;
        }
        return problems;
    }

    private static int find(String word, Map<String, List<Integer>> byText, Map<String, List<Integer>> byCore, boolean[] used, List<PdfText.Word> pdf,
            TreeMap<Integer, Integer> firstOfPage, int page) {
        int found = earliest(word, byText, used, pdf, firstOfPage, page);
        // Punctuation around a styled word is drawn apart from it: "(" "SEND" ")".
        String core = core(word);
        if (found < 0 && !core.isEmpty()) {
            found = earliest(core, byCore, used, pdf, firstOfPage, page);
        }
        return found;
    }

    /**
     * The first of the page's unused words that is the word whole or its first piece: taking a whole
     * word further down the page would take it from a later block, whose own copy is then missed.
     */
    private static int earliest(String word, Map<String, List<Integer>> index, boolean[] used, List<PdfText.Word> pdf,
            TreeMap<Integer, Integer> firstOfPage, int page) {
        int whole = exact(word, index, used, pdf, page, page, false);
        int pieces = joined(word, pdf, used, firstOfPage, page, page, whole < 0 ? pdf.size() : whole);
        if (pieces >= 0) {
            return pieces;
        }
        if (whole >= 0) {
            used[whole] = true;
        }
        return whole;
    }

    private static int exact(String word, Map<String, List<Integer>> byText, boolean[] used, List<PdfText.Word> pdf,
            int from, int to, boolean take) {
        List<Integer> candidates = byText.getOrDefault(word, List.of());
        // The candidates are in the PDF's order: start at the first on page {@code from}.
        int low = 0;
        int high = candidates.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (pdf.get(candidates.get(mid)).page() < from) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        for (int i : candidates.subList(low, candidates.size())) {
            int page = pdf.get(i).page();
            if (page > to) {
                break;
            }
            if (page >= from && !used[i]) {
                used[i] = used[i] || take;
                return i;
            }
        }
        return -1;
    }

    /** A word drawn in pieces on successive lines: "Neurodevelop-" "mental", "waiting-" "well". */
    private static int joined(String word, List<PdfText.Word> pdf, boolean[] used, TreeMap<Integer, Integer> firstOfPage,
            int from, int to, int before) {
        int begin = firstOfPage.ceilingEntry(from) == null ? pdf.size() : firstOfPage.ceilingEntry(from).getValue();
        for (int i = begin; i < Math.min(before, pdf.size()) && pdf.get(i).page() <= to; i++) {
            if (used[i] || !word.startsWith(strip(pdf.get(i).text())) || pdf.get(i).text().length() >= word.length()) {
                continue;
            }
            // Other runs may be drawn between the pieces (the rest of a line; a page's header, footer and
            // labels when the word breaks across pages): look further for the rest.
            String head = pdf.get(i).text();
            String rest = word.startsWith(head) ? word.substring(head.length()) : word.substring(strip(head).length());
            for (int k = i + 1; k < Math.min(pdf.size(), i + 60) && !rest.isEmpty(); k++) {
                if (!used[k] && pdf.get(k).text().equals(rest)) {
                    used[i] = true;
                    used[k] = true;
                    return i;
                }
            }
            String joined = "";
            for (int k = i; k < Math.min(pdf.size(), i + 4); k++) {
                if (used[k]) {
                    break;
                }
                String piece = pdf.get(k).text();
                if ((joined + piece).equals(word) || (joined + strip(piece)).equals(word) && k > i) {
                    for (int u = i; u <= k; u++) {
                        used[u] = true;
                    }
                    return i;
                }
                joined = word.startsWith(joined + piece) ? joined + piece : joined + strip(piece);
                if (!word.startsWith(joined)) {
                    break;
                }
            }
        }
        return -1;
    }

    private static int ligature(String word, List<PdfText.Word> pdf, boolean[] used, TreeMap<Integer, Integer> firstOfPage,
            int from, int to) {
        int begin = firstOfPage.ceilingEntry(from) == null ? pdf.size() : firstOfPage.ceilingEntry(from).getValue();
        for (int i = begin; i < pdf.size() && pdf.get(i).page() <= to; i++) {
            String text = pdf.get(i).text();
            if (!used[i] && hasLigature(text) && Normalizer.normalize(text, Normalizer.Form.NFKC).equals(word)) {
                used[i] = true;
                return i;
            }
        }
        return -1;
    }

    /** A word without the punctuation around it. */
    private static String core(String word) {
        return word.replaceAll("^\\p{Punct}+|\\p{Punct}+$", "");
    }

    private static String strip(String piece) {
        return piece.endsWith("-") ? piece.substring(0, piece.length() - 1) : piece;
    }

    /** One problem for each page that draws a ligature whose text is a ligature code point (pdftotext gives "Oﬀer"). */
    public static List<Problem> ligatures(PdfText text) {
        List<Problem> problems = new ArrayList<>();
        int page = -1;
        for (PdfText.Glyph glyph : text.glyphs()) {
            if (glyph.page() != page && hasLigature(glyph.text())) {
                page = glyph.page();
                problems.add(new Problem(Problem.Kind.LIGATURE, page, "", "a word is drawn with the ligature \""
                        + glyph.text() + "\" (U+" + Integer.toHexString(glyph.text().charAt(0)).toUpperCase(java.util.Locale.ROOT)
                        + "), which text extraction gives as that code point: a search for the word finds nothing"));
            }
        }
        return problems;
    }

    static boolean hasLigature(String word) {
        return word.chars().anyMatch(c -> c >= 0xFB00 && c <= 0xFB06);
    }

    private static int mode(Map<Integer, Integer> pages) {
        return pages.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).orElseThrow().getKey();
    }

    private static String quote(List<String> words) {
        return "\"" + String.join(" ", words) + "\"";
    }

    private static String text(List<HtmlText.Word> words) {
        String all = String.join(" ", words.stream().map(HtmlText.Word::text).toList());
        return all.length() <= 60 ? all : all.substring(0, 59) + "…";
    }
}
