package org.wsoa.model;

/** A revisit's judgement on one area of weakness. */
public enum Progress {
    SUFFICIENT("sufficient", "Sufficient progress"),
    NOT_SUFFICIENT("not-sufficient", "Not sufficient progress");

    private final String code;
    private final String label;

    Progress(String code, String label) {
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
