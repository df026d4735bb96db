package org.wsoa.model;

/**
 * The equality impact assessment of the plan: what it found or how it is done, when, and where it
 * can be read.
 */
public record EqualityImpactAssessment(Text summary, Dated date, Text link, SourceRef at) implements Located {
}
