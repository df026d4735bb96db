package org.wsoa.render;

import java.util.Map;
import org.wsoa.resolve.ResolvedPlan;

/**
 * Renders the progress report as one self-contained, accessible HTML page from the report's
 * templates, with the first use of each glossary term expanded as in the plan's page.
 */
final class ReportRenderer {

    /** The template that lays out the whole report. */
    static final String PAGE = "report.ftlh";

    private final Templates templates;

    ReportRenderer(Templates templates) {
        this.templates = templates;
    }

    /** The report's page, for the screen or (with {@code forPdf}) with the paged-media styles and bookmarks. */
    String render(ResolvedPlan plan, ReportOptions options, boolean forPdf) throws RenderException {
        Map<String, Object> model = Map.of("report", ReportView.of(ReportContent.of(plan, options)), "pdf", forPdf);
        return HtmlRenderer.expandAcronyms(templates.render(PAGE, model), plan.plan().glossary(),
                ProperNames.of(plan));
    }
}
