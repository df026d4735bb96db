package org.wsoa.model;

/**
 * The progress status of an action as at a reporting point (RAG), always shown in words as well as
 * colour. Recorded in progress files, never in the plan as agreed.
 */
public enum ActionStatus {
    NOT_STARTED("not-started", "Not started", false),
    ON_TRACK("on-track", "On track", false),
    AT_RISK("at-risk", "At risk", false),
    OFF_TRACK("off-track", "Off track", false),
    COMPLETE("complete", "Complete", true),
    /** Complete, and the change has lasted: councils colour it blue. */
    COMPLETE_AND_EMBEDDED("complete-and-embedded", "Complete and embedded", true);

    private final String code;
    private final String label;
    private final boolean complete;

    ActionStatus(String code, String label, boolean complete) {
        this.code = code;
        this.label = label;
        this.complete = complete;
    }

    public String code() {
        return code;
    }

    /** The status in words, for readers. */
    public String label() {
        return label;
    }

    /** Whether the action is done: it then has a completion date, and is no longer overdue or due an update. */
    public boolean isComplete() {
        return complete;
    }
}
