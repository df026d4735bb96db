package org.wsoa.model;

/**
 * The overall rating of an area of weakness at a reporting point, and a short account of what has
 * changed for children, young people and families.
 */
public record AreaRating(Ref weakness, OverallRating rating, Text change, SourceRef at) implements Located {
}
