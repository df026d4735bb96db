package org.wsoa.model;

/**
 * A stream of money that pays for resources without being an organisation of the plan: the High
 * Needs Block of the Dedicated Schools Grant, health funding, a DfE grant. A resource's funder is
 * an organisation or one of these.
 */
public record FundingStream(String id, Text name, SourceRef at) implements Located {
}
