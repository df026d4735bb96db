package org.wsoa.model;

import java.util.List;

/**
 * The inspection (or revisit) whose report the plan answers. The statutory clock starts when the
 * area receives the final report, a few working days before Ofsted publishes it.
 *
 * @param outcome              under the 2023 framework, the inspection's outcome as written, or null
 * @param areas                under the 2023 framework, the areas for priority action and areas for
 *                             improvement that the report names, in the order written
 * @param monitoringInspection the expected date of the monitoring inspection as the author wrote it, or null
 */
public record Inspection(DateRange visit, Dated reportReceived, Dated reportPublished, Stated<InspectionOutcome> outcome,
                         List<ReportedArea> areas, Dated monitoringInspection, SourceRef at) implements Located {
    public Inspection {
        areas = List.copyOf(areas);
    }

    /** An inspection of the 2016 framework, or a revisit: dates only. */
    public static Inspection of(DateRange visit, Dated reportReceived, Dated reportPublished, SourceRef at) {
        return new Inspection(visit, reportReceived, reportPublished, null, List.of(), null, at);
    }
}
