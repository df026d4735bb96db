package org.wsoa.model;

/**
 * The three outcomes of an area SEND inspection under the 2023 framework, in the words of the
 * Ofsted and CQC area SEND framework and handbook (updated June 2025). What follows each outcome is
 * data here: whether a monitoring inspection follows, and when the next full inspection is due.
 */
public enum InspectionOutcome {
    /** Outcome 1. */
    TYPICALLY_POSITIVE("typically-positive", 1,
            "The local area partnership’s SEND arrangements typically lead to positive experiences and outcomes"
                    + " for children and young people with SEND. The local area partnership is taking action"
                    + " where improvements are needed.", 0, 5),
    /** Outcome 2: the partnership updates its strategic plan to address the areas for improvement. */
    INCONSISTENT("inconsistent", 2,
            "The local area partnership’s arrangements lead to inconsistent experiences and outcomes for children"
                    + " and young people with SEND. The local area partnership must work jointly to make"
                    + " improvements.", 0, 3),
    /** Outcome 3: a Priority Action Plan (area SEND) and a monitoring inspection. */
    WIDESPREAD_FAILINGS("widespread-or-systemic-failings", 3,
            "There are widespread and/or systemic failings leading to significant concerns about the experiences"
                    + " and outcomes of children and young people with SEND, which the local area partnership"
                    + " must address urgently.", 18, 3);

    private final String code;
    private final int number;
    private final String words;
    private final int monitoringAfterMonths;
    private final int fullInspectionWithinYears;

    InspectionOutcome(String code, int number, String words, int monitoringAfterMonths, int fullInspectionWithinYears) {
        this.code = code;
        this.number = number;
        this.words = words;
        this.monitoringAfterMonths = monitoringAfterMonths;
        this.fullInspectionWithinYears = fullInspectionWithinYears;
    }

    /** The value authors write in {@code plan.yaml}. */
    public String code() {
        return code;
    }

    /** Its number in the handbook's order, 1 to 3. */
    public int number() {
        return number;
    }

    /** The outcome as the handbook and the report word it. */
    public String words() {
        return words;
    }

    /** Whether a monitoring inspection follows this outcome. */
    public boolean hasMonitoringInspection() {
        return monitoringAfterMonths > 0;
    }

    /**
     * How long after the area received its final report the monitoring inspection usually takes place
     * (handbook, paragraph 21: 18 months); 0 when none follows.
     */
    public int monitoringAfterMonths() {
        return monitoringAfterMonths;
    }

    /** Within about how many years the next full inspection takes place. */
    public int fullInspectionWithinYears() {
        return fullInspectionWithinYears;
    }

    /** The outcome written {@code code} in a plan, or null. */
    public static InspectionOutcome fromCode(String code) {
        for (InspectionOutcome outcome : values()) {
            if (outcome.code.equals(code)) {
                return outcome;
            }
        }
        return null;
    }
}
