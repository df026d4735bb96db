package org.wsoa.render;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.wsoa.resolve.ResolvedPlan;

/** The progress report as a tagged PDF (PDF/UA-1 with PDF/A-3a), from the same templates as its HTML. */
final class ReportPdfEdition implements Edition {

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
        return "the progress report as a tagged, accessible PDF";
    }

    @Override
    public byte[] render(ResolvedPlan plan, Publication publication) throws RenderException {
        String page = new ReportRenderer(publication.templates()).render(plan, publication.report(), true);
        return new PdfRenderer(publication.resourceRoots()).print(page, Path.of(plan.plan().directory()),
                date(plan, publication));
    }

    /** SOURCE_DATE_EPOCH when set; else the reporting point, the date the report is as at. */
    private static Instant date(ResolvedPlan plan, Publication publication) throws RenderException {
        String epoch = publication.sourceDateEpoch();
        return epoch != null && !epoch.isBlank() ? BuildDate.of(plan.plan(), epoch)
                : plan.progress().asOf().atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
