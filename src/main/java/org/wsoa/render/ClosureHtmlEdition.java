package org.wsoa.render;

import java.nio.charset.StandardCharsets;
import org.wsoa.resolve.ResolvedPlan;

/** The closure report as one accessible HTML page, to publish beside the plan. */
final class ClosureHtmlEdition implements Edition {

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
        return "the closure report as one accessible HTML page";
    }

    @Override
    public byte[] render(ResolvedPlan plan, Publication publication) throws RenderException {
        return new ClosureRenderer(publication.templates()).render(plan, false).getBytes(StandardCharsets.UTF_8);
    }
}
