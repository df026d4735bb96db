package org.wsoa.model;

/**
 * What one type of partner contributes to a weakness (council SEND services, schools and
 * education providers, health, social care), as an APP must record.
 */
public record Contribution(OrganisationType partnerType, Text text, SourceRef at) implements Located {
}
