package org.wsoa.render;

import java.nio.charset.StandardCharsets;
import org.wsoa.resolve.ResolvedPlan;

/** The progress report as one accessible HTML page, for the board's papers and the DfE and NHS England. */
final class ReportHtmlEdition implements Edition {

    @Override
    public String name() {
        return "html";
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public String description() {
        return "the progress report as one accessible HTML page";
    }

    @Override
    public byte[] render(ResolvedPlan plan, Publication publication) throws RenderException {
        return new ReportRenderer(publication.templates()).render(plan, publication.report(), false)
                .getBytes(StandardCharsets.UTF_8);
    }
}
