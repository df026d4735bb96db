package org.wsoa.render;

import java.util.Collection;
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
    /** Where an acronym is not expanded: markup that is not running text, code, and the glossary itself. */
    private static final Set<String> NO_EXPANSION = Set.of("head", "svg", "style", "title", "abbr", "a", "h1", "h2",
            "h3", "h4", "h5", "h6", "nav", "time", "dl", "th", "caption", "summary", "code");

    /** The attribute that marks an element's text as a name, not to be expanded (nor translated). */
    static final String KEEP = " translate=\"no\"";

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
        return expandAcronyms(html, plan.plan().glossary(), ProperNames.of(plan));
    }

    /**
     * Expands the first use of each glossary term in the running text: "SEND" becomes
     * {@code <abbr title="...">SEND</abbr> (special educational needs and disabilities)}. Markup that
     * is not running text, the glossary itself, an element marked {@code translate="no"} (a name, or
     * a word the author marked with a backslash) and the plan's own {@code names} are left alone.
     */
    static String expandAcronyms(String html, List<GlossaryTerm> glossary, Collection<String> names) {
        Acronyms acronyms = new Acronyms(glossary, names);
        int body = html.indexOf("<main");
        if (!acronyms.anyPending() || body < 0) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 256);
        out.append(html, 0, body);
        Matcher tag = TAG.matcher(html);
        int position = body;
        int skipping = 0;
        String kept = null;
        int keptDepth = 0;
        while (tag.find(position)) {
            String text = html.substring(position, tag.start());
            out.append(skipping > 0 || kept != null ? text : acronyms.expand(text));
            out.append(tag.group());
            String name = tag.group(2).toLowerCase(java.util.Locale.ROOT);
            boolean closing = !tag.group(1).isEmpty();
            boolean selfClosing = !tag.group(3).isEmpty();
            if (!selfClosing && NO_EXPANSION.contains(name)) {
                skipping += closing ? -1 : 1;
            }
            if (!selfClosing && kept == null && !closing && tag.group().contains(KEEP)) {
                kept = name;
                keptDepth = 1;
            } else if (!selfClosing && name.equals(kept)) {
                keptDepth += closing ? -1 : 1;
                kept = keptDepth == 0 ? null : kept;
            }
            position = tag.end();
        }
        out.append(html.substring(position));
        return out.toString();
    }
}
