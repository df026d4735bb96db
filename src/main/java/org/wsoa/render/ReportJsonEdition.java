package org.wsoa.render;

import java.nio.charset.StandardCharsets;
import org.wsoa.resolve.ResolvedPlan;

/** The progress report as JSON, for scripts and dashboards (see {@link ReportJson}). */
final class ReportJsonEdition implements Edition {

    @Override
    public String name() {
        return "json";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public String description() {
        return "the progress report as JSON, for scripts and dashboards";
    }

    @Override
    public byte[] render(ResolvedPlan plan, Publication publication) {
        return new ReportJson(ReportContent.of(plan, publication.report())).write().getBytes(StandardCharsets.UTF_8);
    }
}
