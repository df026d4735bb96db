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
 * Glossary terms are expanded in one pass over the page, and exactly as the earlier expansion (one
 * regular expression per term, kept here as the reference) expanded them.
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

        assertThat(HtmlRenderer.expandAcronyms(html, glossary)).isEqualTo(page("<h2>SEND and EHC</h2><p>The"
                + " <abbr title=\"special educational needs and disabilities\">SEND</abbr> (special educational needs"
                + " and disabilities) service issues <abbr title=\"education, health and care\">EHC</abbr> (education,"
                + " health and care) plans; SEND again.</p><p>Every <abbr title=\"a plan for one child\">EHC plan</abbr>"
                + " (a plan for one child) is checked (EHC).</p><dl><dt>SEND</dt></dl>"));
    }

    @Test
    void tenThousandTermsOverALongPageTakeUnderAFewSeconds() {
        List<GlossaryTerm> glossary = new ArrayList<>();
        for (int i = 1; i <= 10_000; i++) {
            glossary.add(term("T" + i, "term number " + i));
        }
        StringBuilder main = new StringBuilder();
        for (int i = 1; i <= 20_000; i++) {
            main.append("<p>Action ").append(i).append(" of the plan uses T").append(i % 10_000 + 1).append(".</p>");
        }
        String html = page(main.toString());

        String expanded = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> HtmlRenderer.expandAcronyms(html, glossary));

        assertThat(expanded).contains("<p>Action 1 of the plan uses <abbr title=\"term number 2\">T2</abbr> (term number 2).</p>")
                .contains("<p>Action 10001 of the plan uses T2.</p>");
        assertThat(expanded.split("<abbr ", -1)).hasSize(10_001);
    }

    /** Random pages and glossaries, expanded by both: the results are the same, byte for byte. */
    @Test
    void expandsExactlyAsOneRegularExpressionPerTermDid() {
        Random random = new Random(20261124L);
        String[] pieces = {"SEND", "EHC", "EHC plan", "ICB", "A&E", "SEN", "0-25", "é", "Ḗ", "(", ")", " ", " ", ".", ";",
            "&amp;", "#", "x", "1", "\u0301", "SENDs", "plan"};
        String[] tags = {"<p>", "</p>", "<h2>", "</h2>", "<abbr>", "</abbr>", "<br/>", "<a href=\"x\">", "</a>"};
        int expanded = 0;
        for (int round = 0; round < 2_000; round++) {
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

            String result = HtmlRenderer.expandAcronyms(html, glossary);
            assertThat(result).as("%s with %s", html, glossary).isEqualTo(Reference.expandAcronyms(html, glossary));
            expanded += result.equals(html) ? 0 : 1;
        }
        assertThat(expanded).as("rounds in which a term was expanded").isGreaterThan(300);
    }

    /** The expansion as it was: correct, but one regular expression per term and stretch of text. */
    private static final class Reference {
        private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>");
        private static final java.util.Set<String> NO_EXPANSION = java.util.Set.of("head", "svg", "style", "title",
                "abbr", "a", "h1", "h2", "h3", "h4", "h5", "h6", "nav", "time", "dl", "th", "caption", "summary");

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
                        + "(?![\\p{L}\\p{N}])").matcher(text);
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
