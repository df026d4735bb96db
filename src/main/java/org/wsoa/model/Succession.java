package org.wsoa.model;

/**
 * An organisation's succession by another during the plan: a clinical commissioning group by its
 * integrated care board on 1 July 2022.
 *
 * @param by the organisation that takes over (an ID in people.yaml)
 * @param on the first day the successor is responsible
 */
public record Succession(Ref by, Dated on, SourceRef at) implements Located {
}
