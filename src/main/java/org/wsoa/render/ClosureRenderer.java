package org.wsoa.render;

import java.util.Map;
import org.wsoa.resolve.ResolvedPlan;

/**
 * Renders the closure report as one self-contained, accessible HTML page from its templates, with
 * the first use of each glossary term expanded as in the plan's page.
 */
final class ClosureRenderer {

    /** The template that lays out the whole report. */
    static final String PAGE = "closure.ftlh";

    private final Templates templates;

    ClosureRenderer(Templates templates) {
        this.templates = templates;
    }

    /** The report's page, for the screen or (with {@code forPdf}) with the paged-media styles and bookmarks. */
    String render(ResolvedPlan plan, boolean forPdf) throws RenderException {
        Map<String, Object> model = Map.of("closure", ClosureView.of(plan), "pdf", forPdf);
        return HtmlRenderer.expandAcronyms(templates.render(PAGE, model), plan.plan().glossary(),
                ProperNames.of(plan));
    }
}
