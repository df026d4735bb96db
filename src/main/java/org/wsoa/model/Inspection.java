package org.wsoa.model;

/**
 * The inspection (or revisit) whose report the plan answers. The statutory clock starts when the
 * area receives the final report, a few working days before Ofsted publishes it.
 */
public record Inspection(DateRange visit, Dated reportReceived, Dated reportPublished, SourceRef at)
        implements Located {
}
