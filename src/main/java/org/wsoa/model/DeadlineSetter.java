package org.wsoa.model;

/** Who sets the date by which a plan must be submitted. */
public enum DeadlineSetter {
    /**
     * The Children Act 2004 (Joint Area Reviews) Regulations 2015: 70 working days from receipt of
     * the report, unless the plan records another count.
     */
    REGULATIONS("the regulations"),
    /** The Department for Education sets the date; the plan records it as {@code deadline: {due: ...}}. */
    DFE("the Department for Education");

    private final String name;

    DeadlineSetter(String name) {
        this.name = name;
    }

    /** Who sets it, in words: "the Department for Education". */
    public String displayName() {
        return name;
    }
}
