package org.wsoa.model;

/** What sort of thing a piece of evidence is, so that an evidence index can group it. */
public enum EvidenceKind {
    MINUTES("minutes", "Minutes"),
    DATA("data", "Data"),
    AUDIT("audit", "Audit"),
    SURVEY("survey", "Survey"),
    CASE_STUDY("case-study", "Case study"),
    REPORT("report", "Report"),
    OTHER("other", "Other");

    private final String code;
    private final String label;

    EvidenceKind(String code, String label) {
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
