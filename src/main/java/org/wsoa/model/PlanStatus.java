package org.wsoa.model;

/** Whether the plan is still being written or is the version submitted and published. */
public enum PlanStatus {
    DRAFT("draft"),
    FINAL("final");

    private final String code;

    PlanStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
