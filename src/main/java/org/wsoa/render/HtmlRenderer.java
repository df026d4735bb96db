package org.wsoa.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsoa.model.GlossaryTerm;
import org.wsoa.resolve.ResolvedPlan;

/**
 * Renders a plan as one self-contained, accessible HTML page from the templates: styles inline, no
 * script, nothing fetched from elsewhere. The same plan always gives the same bytes.
 */
public final class HtmlRenderer {

    /** The template that lays out the whole page. */
    public static final String PAGE = "plan.ftlh";

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>");
    /** Where an acronym is not expanded: markup that is not running text, and the glossary itself. */
    private static final Set<String> NO_EXPANSION = Set.of("head", "svg", "style", "title", "abbr", "a", "h1", "h2",
            "h3", "h4", "h5", "h6", "nav", "time", "dl", "th", "caption", "summary");

    private final Templates templates;

    public HtmlRenderer(Templates templates) {
        this.templates = templates;
    }

    /** The plan's HTML page. */
    public String render(ResolvedPlan plan) throws RenderException {
        return render(plan, false);
    }

    /**
     * The page for the screen, or the same page with the paged-media styles and bookmarks that the
     * PDF edition adds ({@code pdf.css}, {@code bookmarks.ftlh}).
     */
    public String render(ResolvedPlan plan, boolean forPdf) throws RenderException {
        Map<String, Object> model = Map.of("plan", PlanView.of(plan), "pdf", forPdf);
        String html = templates.render(PAGE, model);
        return expandAcronyms(html, plan.plan().glossary());
    }

    /**
     * Expands the first use of each glossary term in the running text: "SEND" becomes
     * {@code <abbr title="...">SEND</abbr> (special educational needs and disabilities)}.
     */
    static String expandAcronyms(String html, List<GlossaryTerm> glossary) {
        List<Use> pending = new ArrayList<>();
        for (GlossaryTerm term : glossary) {
            if (term.term() != null && !term.term().isBlank() && term.meaning() != null && !term.meaning().isBlank()) {
                pending.add(new Use(term));
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

    /**
     * A glossary term still to be expanded, as the page writes it (escaped), with its pattern made
     * once per page: a long plan has thousands of stretches of text, and most hold no term at all,
     * which a plain search tells far sooner than the pattern.
     */
    private static final class Use {
        final GlossaryTerm term;
        final String written;
        final Pattern pattern;

        Use(GlossaryTerm term) {
            this.term = term;
            this.written = Xml.escape(term.term());
            this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}&#;])" + Pattern.quote(written) + "(?![\\p{L}\\p{N}])");
        }
    }

    private static String expand(String text, List<Use> pending, boolean skipping) {
        if (skipping || pending.isEmpty() || text.isBlank()) {
            return text;
        }
        // Find each term's first use in this stretch of text, then expand them from the end so that
        // one expansion never lands inside another.
        List<int[]> uses = new ArrayList<>();
        List<GlossaryTerm> found = new ArrayList<>();
        List<Use> expanded = new ArrayList<>();
        for (Use term : pending) {
            if (!text.contains(term.written)) {
                continue;
            }
            Matcher use = term.pattern.matcher(text);
            if (use.find() && uses.stream().noneMatch(u -> use.start() < u[1] && u[0] < use.end())) {
                uses.add(new int[] {use.start(), use.end(), found.size()});
                found.add(term.term);
                expanded.add(term);
            }
        }
        pending.removeAll(expanded);
        uses.sort((a, b) -> Integer.compare(b[0], a[0]));
        StringBuilder result = new StringBuilder(text);
        for (int[] use : uses) {
            GlossaryTerm term = found.get(use[2]);
            String meaning = Xml.escape(term.meaning().value());
            String abbr = "<abbr title=\"" + meaning + "\">" + Xml.escape(term.term()) + "</abbr>";
            // "special educational needs and disabilities (SEND)" is expanded already.
            boolean inBrackets = use[0] > 0 && text.charAt(use[0] - 1) == '(' && use[1] < text.length()
                    && text.charAt(use[1]) == ')';
            result.replace(use[0], use[1], inBrackets ? abbr : abbr + " (" + meaning + ")");
        }
        return result.toString();
    }
}
