package org.wsoa.model;

/** RAG status of an action, always shown in words as well as colour. */
public enum ActionStatus {
    NOT_STARTED("not-started", "Not started"),
    ON_TRACK("on-track", "On track"),
    AT_RISK("at-risk", "At risk"),
    OFF_TRACK("off-track", "Off track"),
    COMPLETE("complete", "Complete");

    private final String code;
    private final String label;

    ActionStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    /** The status in words, for readers. */
    public String label() {
        return label;
    }
}
