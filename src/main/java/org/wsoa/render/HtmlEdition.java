package org.wsoa.render;

import java.nio.charset.StandardCharsets;
import org.wsoa.resolve.ResolvedPlan;

/** The plan as one self-contained, accessible HTML page for the local offer website. */
final class HtmlEdition implements Edition {

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
        return "the plan as one accessible HTML page";
    }

    @Override
    public byte[] render(ResolvedPlan plan, Publication publication) throws RenderException {
        return new HtmlRenderer(publication.templates()).render(plan).getBytes(StandardCharsets.UTF_8);
    }
}
