package org.wsoa.model;

/**
 * The acceptance of the statement as fit for purpose (by Ofsted and the CQC, or the DfE), from which
 * the delivery period runs: published plans say "18 months from approval".
 *
 * @param by who accepted it, as written (e.g. "Ofsted and the CQC")
 */
public record FitForPurpose(Dated date, Text by, SourceRef at) implements Located {
}
