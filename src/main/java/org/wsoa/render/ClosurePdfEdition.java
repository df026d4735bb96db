package org.wsoa.render;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.wsoa.resolve.ResolvedPlan;

/** The closure report as a tagged PDF (PDF/UA-1 with PDF/A-3a), from the same templates as its HTML. */
final class ClosurePdfEdition implements Edition {

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
        return "the closure report as a tagged, accessible PDF";
    }

    @Override
    public byte[] render(ResolvedPlan plan, Publication publication) throws RenderException {
        String page = new ClosureRenderer(publication.templates()).render(plan, true);
        return new PdfRenderer(publication.resourceRoots()).print(page, Path.of(plan.plan().directory()),
                date(plan, publication));
    }

    /** SOURCE_DATE_EPOCH when set; else the day the plan closed, which the report is dated. */
    private static Instant date(ResolvedPlan plan, Publication publication) throws RenderException {
        String epoch = publication.sourceDateEpoch();
        return epoch != null && !epoch.isBlank() ? BuildDate.of(plan.plan(), epoch)
                : plan.closure().closedOn().atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
