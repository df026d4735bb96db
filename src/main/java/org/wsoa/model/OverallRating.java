package org.wsoa.model;

/**
 * The overall rating of an area of weakness at a reporting point, in words, each with the colour
 * it is shown in.
 */
public enum OverallRating {
    EMBEDDED("embedded", "Improvement embedded", RagColour.BLUE),
    GOOD_PROGRESS("good-progress", "Good progress", RagColour.GREEN),
    SOME_PROGRESS("some-progress", "Some progress", RagColour.AMBER),
    LIMITED_PROGRESS("limited-progress", "Limited progress", RagColour.RED);

    private final String code;
    private final String label;
    private final RagColour colour;

    OverallRating(String code, String label, RagColour colour) {
        this.code = code;
        this.label = label;
        this.colour = colour;
    }

    public String code() {
        return code;
    }

    /** The rating in words, for readers. */
    public String label() {
        return label;
    }

    public RagColour colour() {
        return colour;
    }
}
