package org.wsoa.model;

/** A body that is sent a copy of the published plan. */
public enum CopyRecipient {
    OFSTED("ofsted", "Ofsted"),
    CQC("cqc", "the Care Quality Commission (CQC)"),
    SECRETARY_OF_STATE("secretary-of-state", "the Secretary of State for Education");

    private final String code;
    private final String label;

    CopyRecipient(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The value authors write in {@code plan.yaml}. */
    public String code() {
        return code;
    }

    /** The body's name in a sentence. */
    public String label() {
        return label;
    }
}
