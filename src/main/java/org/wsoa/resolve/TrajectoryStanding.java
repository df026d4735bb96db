package org.wsoa.resolve;

/** Where a KPI's actual stands against its trajectory, judged in the KPI's own direction. */
public enum TrajectoryStanding {
    /** At the trajectory's value, or better. */
    ON("on-trajectory", "On trajectory"),
    /** Worse than the trajectory's value. */
    BEHIND("behind-trajectory", "Behind trajectory");

    private final String code;
    private final String label;

    TrajectoryStanding(String code, String label) {
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
