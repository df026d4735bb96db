package org.wsoa.model;

/** The colours councils rate progress in: red, amber and green, and blue for what is done and lasting. */
public enum RagColour {
    BLUE("blue", "Blue"),
    GREEN("green", "Green"),
    AMBER("amber", "Amber"),
    RED("red", "Red");

    private final String code;
    private final String label;

    RagColour(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
