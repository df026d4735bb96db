package org.wsoa.render;

import java.nio.charset.StandardCharsets;
import org.wsoa.resolve.ResolvedPlan;

/** The progress report as Markdown, for a board paper or a wiki (see {@link ReportMarkdown}). */
final class ReportMarkdownEdition implements Edition {

    @Override
    public String name() {
        return "md";
    }

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public String description() {
        return "the progress report as Markdown, for a board paper";
    }

    @Override
    public byte[] render(ResolvedPlan plan, Publication publication) {
        return new ReportMarkdown(ReportContent.of(plan, publication.report())).write().getBytes(StandardCharsets.UTF_8);
    }
}
