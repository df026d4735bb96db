package org.wsoa.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.wsoa.model.GlossaryTerm;
import org.wsoa.model.SourceRef;
import org.wsoa.model.Text;

/**
 * Glossary terms are expanded in one pass over the page, and exactly as one regular expression per
 * term (kept here as the reference) expands them; never inside a name, a title or a possessive.
 */
class AcronymsTest {

    private static final SourceRef AT = new SourceRef("glossary.yaml", 1, 1);

    private static GlossaryTerm term(String term, String meaning) {
        return new GlossaryTerm(term, new Text(meaning, AT), AT);
    }

    private static String page(String main) {
        return "<html><head><title>SEND</title></head><body><main id=\"main\">" + main + "</main></body></html>";
    }

    @Test
    void expandsTheFirstUseOfEachTermInRunningTextOnly() {
        List<GlossaryTerm> glossary = List.of(term("SEND", "special educational needs and disabilities"),
                term("EHC", "education, health and care"), term("EHC plan", "a plan for one child"));
        String html = page("<h2>SEND and EHC</h2><p>The SEND service issues EHC plans; SEND again.</p>"
                + "<p>Every EHC plan is checked (EHC).</p><dl><dt>SEND</dt></dl>");

        assertThat(HtmlRenderer.expandAcronyms(html, glossary, List.of())).isEqualTo(page("<h2>SEND and EHC</h2><p>The"
                + " <abbr title=\"special educational needs and disabilities\">SEND</abbr> (special educational needs"
                + " and disabilities) service issues <abbr title=\"education, health and care\">EHC</abbr> (education,"
                + " health and care) plans; SEND again.</p><p>Every <abbr title=\"a plan for one child\">EHC plan</abbr>"
                + " (a plan for one child) is checked (EHC).</p><dl><dt>SEND</dt></dl>"));
    }

    @Test
    void aTermFollowedByACapitalisedWordOrAPossessiveIsPartOfANameAndWaitsForItsNextUse() {
        List<GlossaryTerm> glossary = List.of(term("NHS", "National Health Service"),
                term("DfE", "Department for Education"), term("EHC", "education, health and care"));
        String html = page("<p>NHS England and NHS Black Country ICB wrote it. The DfE's date, then the"
                + " DfE&#39;s and the DfE\u2019s. EHC Plans Workstream;\nEHC Hub.</p><p>The NHS, the DfE and EHC plans.</p>");

        assertThat(HtmlRenderer.expandAcronyms(html, glossary, List.of())).isEqualTo(page("<p>NHS England and NHS Black"
                + " Country ICB wrote it. The DfE's date, then the DfE&#39;s and the DfE\u2019s. EHC Plans Workstream;\nEHC"
                + " Hub.</p><p>The <abbr title=\"National Health Service\">NHS</abbr> (National Health Service), the"
                + " <abbr title=\"Department for Education\">DfE</abbr> (Department for Education) and"
                + " <abbr title=\"education, health and care\">EHC</abbr> (education, health and care) plans.</p>"));
    }

    @Test
    void aTermInsideOneOfThePlansOwnNamesIsLeftAloneThereButNotWhereItIsTheWholeName() {
        List<GlossaryTerm> glossary = List.of(term("APP", "Accelerated Progress Plan"),
                term("SEND", "special educational needs and disabilities"), term("PCF", "parent carer forum"));
        String html = page("<p>The APP delivery subgroup and the Head of SEND and inclusion; the Children&#39;s SEND"
                + " group and the Children's SEND group.</p><p>The PCF, then the APP, then SEND support.</p>");

        String expanded = HtmlRenderer.expandAcronyms(html, glossary,
                List.of("APP delivery subgroup", "Head of SEND and inclusion", "Children's SEND group", "PCF"));

        assertThat(expanded).isEqualTo(page("<p>The APP delivery subgroup and the Head of SEND and inclusion; the"
                + " Children&#39;s SEND group and the Children's SEND group.</p><p>The <abbr title=\"parent carer"
                + " forum\">PCF</abbr> (parent carer forum), then the <abbr title=\"Accelerated Progress Plan\">APP</abbr>"
                + " (Accelerated Progress Plan), then <abbr title=\"special educational needs and disabilities\">SEND</abbr>"
                + " (special educational needs and disabilities) support.</p>"));
    }

    @Test
    void aWordTheAuthorMarksWithABackslashIsKeptAsWrittenThere() {
        List<GlossaryTerm> glossary = List.of(term("SEND", "special educational needs and disabilities"),
                term("EHC plan", "a plan for one child"));
        String html = page(Markdown.toHtml("The \\SEND and Inclusion Service, every \\EHC plan (\\SEND.)"
                + " and `\\SEND` in code; then SEND."));

        assertThat(html).isEqualTo(page("<p>The <span translate=\"no\">SEND</span> and Inclusion Service, every"
                + " <span translate=\"no\">EHC</span> plan (<span translate=\"no\">SEND</span>.) and <code>\\SEND</code>"
                + " in code; then SEND.</p>"));
        assertThat(HtmlRenderer.expandAcronyms(html, glossary, List.of())).isEqualTo(page("<p>The <span"
                + " translate=\"no\">SEND</span> and Inclusion Service, every <span translate=\"no\">EHC</span> plan (<span"
                + " translate=\"no\">SEND</span>.) and <code>\\SEND</code> in code; then <abbr title=\"special educational"
                + " needs and disabilities\">SEND</abbr> (special educational needs and disabilities).</p>"));
        assertThat(Markdown.withoutKeepMarks("The \\SEND team, \\1 and a \\ alone.")).isEqualTo("The SEND team, 1 and a \\ alone.");
    }

    @Test
    void anElementMarkedTranslateNoIsPassedOverWholeWhateverItHolds() {
        List<GlossaryTerm> glossary = List.of(term("SEND", "special educational needs and disabilities"));
        String html = page("<p><span translate=\"no\">SEND <span>SEND</span> SEND<br/></span> SEND</p>");

        assertThat(HtmlRenderer.expandAcronyms(html, glossary, List.of())).isEqualTo(page("<p><span translate=\"no\">SEND"
                + " <span>SEND</span> SEND<br/></span> <abbr title=\"special educational needs and disabilities\">SEND</abbr>"
                + " (special educational needs and disabilities)</p>"));
    }

    @Test
    void tenThousandTermsAndFiveThousandNamesOverALongPageTakeUnderAFewSeconds() {
        List<GlossaryTerm> glossary = new ArrayList<>();
        for (int i = 1; i <= 10_000; i++) {
            glossary.add(term("T" + i, "term number " + i));
        }
        StringBuilder main = new StringBuilder();
        for (int i = 1; i <= 20_000; i++) {
            main.append("<p>Action ").append(i).append(" of the plan uses T").append(i % 10_000 + 1).append(".</p>");
        }
        String html = page(main.toString());
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= 5_000; i++) {
            names.add("Action " + (i * 4) + " of the plan");
        }

        String expanded = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> HtmlRenderer.expandAcronyms(html, glossary, names));

        assertThat(expanded).contains("<p>Action 1 of the plan uses <abbr title=\"term number 2\">T2</abbr> (term number 2).</p>")
                .contains("<p>Action 10001 of the plan uses T2.</p>");
        assertThat(expanded.split("<abbr ", -1)).hasSize(10_001);
    }

    /** Random pages and glossaries, expanded by both: the results are the same, byte for byte. */
    @Test
    void expandsExactlyAsOneRegularExpressionPerTermDoes() {
        Random random = new Random(20261124L);
        String[] pieces = {"SEND", "EHC", "EHC plan", "ICB", "A&E", "SEN", "0-25", "é", "Ḗ", "(", ")", " ", " ", ".", ";",
            "&amp;", "#", "x", "1", "\u0301", "SENDs", "plan", " Board", " board", "'s", "&#39;s", "\u2019s", "\nÉire",
            " B", "'"};
        String[] tags = {"<p>", "</p>", "<h2>", "</h2>", "<abbr>", "</abbr>", "<br/>", "<a href=\"x\">", "</a>"};
        int expanded = 0;
        for (int round = 0; round < 3_000; round++) {
            List<GlossaryTerm> glossary = new ArrayList<>();
            for (int i = random.nextInt(6); i > 0; i--) {
                glossary.add(term(pieces[random.nextInt(7)] + (random.nextInt(4) == 0 ? pieces[random.nextInt(pieces.length)] : ""),
                        "meaning " + i));
            }
            StringBuilder main = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                main.append(random.nextInt(5) == 0 ? tags[random.nextInt(tags.length)] : pieces[random.nextInt(pieces.length)]);
            }
            String html = page(main.toString());

            String result = HtmlRenderer.expandAcronyms(html, glossary, List.of());
            assertThat(result).as("%s with %s", html, glossary).isEqualTo(Reference.expandAcronyms(html, glossary));
            expanded += result.equals(html) ? 0 : 1;
        }
        assertThat(expanded).as("rounds in which a term was expanded").isGreaterThan(300);
    }

    /**
     * The expansion by regular expressions: plain, but one regular expression per term and stretch
     * of text, so slow. The lookaheads say what makes a use part of a name or a possessive.
     */
    private static final class Reference {
        private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>");
        private static final java.util.Set<String> NO_EXPANSION = java.util.Set.of("head", "svg", "style", "title",
                "abbr", "a", "h1", "h2", "h3", "h4", "h5", "h6", "nav", "time", "dl", "th", "caption", "summary", "code");

        static String expandAcronyms(String html, List<GlossaryTerm> glossary) {
            List<GlossaryTerm> pending = new ArrayList<>();
            for (GlossaryTerm term : glossary) {
                if (term.term() != null && !term.term().isBlank() && term.meaning() != null && !term.meaning().isBlank()) {
                    pending.add(term);
                }
            }
            int body = html.indexOf("<main");
            if (pending.isEmpty() || body < 0) {
                return html;
            }
            StringBuilder out = new StringBuilder(html.length() + 256);
            out.append(html, 0, body);
            Matcher tag = TAG.matcher(html);
            int position = body;
            int skipping = 0;
            while (tag.find(position)) {
                out.append(expand(html.substring(position, tag.start()), pending, skipping > 0));
                out.append(tag.group());
                String name = tag.group(2).toLowerCase(java.util.Locale.ROOT);
                boolean closing = !tag.group(1).isEmpty();
                boolean selfClosing = !tag.group(3).isEmpty();
                if (NO_EXPANSION.contains(name) && !selfClosing) {
                    skipping += closing ? -1 : 1;
                }
                position = tag.end();
            }
            out.append(html.substring(position));
            return out.toString();
        }

        private static String expand(String text, List<GlossaryTerm> pending, boolean skipping) {
            if (skipping || pending.isEmpty() || text.isBlank()) {
                return text;
            }
            List<int[]> uses = new ArrayList<>();
            List<GlossaryTerm> found = new ArrayList<>();
            for (GlossaryTerm term : pending) {
                Matcher use = Pattern.compile("(?<![\\p{L}\\p{N}&#;])" + Pattern.quote(Xml.escape(term.term()))
                        + "(?![\\p{L}\\p{N}])(?![ \n\t\u00a0]\\p{IsUppercase}\\p{IsLowercase})"
                        + "(?!(?:'s|\u2019s|&#39;s|&#x27;s|&apos;s)(?![\\p{L}\\p{N}]))").matcher(text);
                if (use.find() && uses.stream().noneMatch(u -> use.start() < u[1] && u[0] < use.end())) {
                    uses.add(new int[] {use.start(), use.end(), found.size()});
                    found.add(term);
                }
            }
            pending.removeAll(found);
            uses.sort((a, b) -> Integer.compare(b[0], a[0]));
            StringBuilder result = new StringBuilder(text);
            for (int[] use : uses) {
                GlossaryTerm term = found.get(use[2]);
                String meaning = Xml.escape(term.meaning().value());
                String abbr = "<abbr title=\"" + meaning + "\">" + Xml.escape(term.term()) + "</abbr>";
                boolean inBrackets = use[0] > 0 && text.charAt(use[0] - 1) == '(' && use[1] < text.length()
                        && text.charAt(use[1]) == ')';
                result.replace(use[0], use[1], inBrackets ? abbr : abbr + " (" + meaning + ")");
            }
            return result.toString();
        }
    }
}
