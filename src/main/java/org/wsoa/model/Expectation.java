package org.wsoa.model;

/**
 * What the DfE asks a kind of plan to contain for each area, beyond the actions every plan has.
 * The checks {@code app-content} and {@code kpi-count} test a plan only for its kind's expectations.
 */
public enum Expectation {
    /** Success criteria agreed with stakeholders. */
    SUCCESS_CRITERIA,
    /** A description of the qualitative information to be collected. */
    QUALITATIVE_EVIDENCE,
    /** The contribution of each type of partner. */
    PARTNER_CONTRIBUTIONS,
    /** A limited number of KPIs. */
    LIMITED_KPIS
}
