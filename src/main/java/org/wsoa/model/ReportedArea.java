package org.wsoa.model;

/**
 * An area that a 2023-framework report names, as {@code plan.yaml} lists it: an area for priority
 * action or an area for improvement. {@code id} is the ID of the plan's weakness file that answers it.
 *
 * @param term which of the report's lists it is in
 */
public record ReportedArea(String id, Text title, AreaTerm term, SourceRef at) implements Located {
}
