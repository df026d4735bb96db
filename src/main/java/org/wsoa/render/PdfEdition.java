package org.wsoa.render;

import org.wsoa.resolve.ResolvedPlan;

/** The plan as a tagged PDF (PDF/UA-1 with PDF/A-3a), from the same templates as the HTML. */
final class PdfEdition implements Edition {

    @Override
    public String name() {
        return "pdf";
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public String description() {
        return "the plan as a tagged, accessible PDF";
    }

    @Override
    public byte[] render(ResolvedPlan plan, Publication publication) throws RenderException {
        return new PdfRenderer(new HtmlRenderer(publication.templates()), publication.resourceRoots())
                .render(plan, BuildDate.of(plan.plan(), publication.sourceDateEpoch()));
    }
}
