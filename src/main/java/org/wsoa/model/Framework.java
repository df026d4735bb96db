package org.wsoa.model;

/** The Ofsted and CQC inspection framework under which the plan's inspection took place. */
public enum Framework {
    /** Joint local area SEND inspections, May 2016 to December 2022, with revisits. */
    LOCAL_AREA_SEND_2016("2016", "Local area SEND inspection framework (2016)", false),
    /** Area SEND inspections, from January 2023 (handbook updated June 2025), with three outcomes. */
    AREA_SEND_2023("2023", "Area SEND inspection framework (2023)", true);

    private final String code;
    private final String title;
    private final boolean hasOutcomes;

    Framework(String code, String title, boolean hasOutcomes) {
        this.code = code;
        this.title = title;
        this.hasOutcomes = hasOutcomes;
    }

    /**
     * Whether its inspections end in one of the three outcomes, with areas for priority action or
     * for improvement (2023), rather than in areas of significant weakness (2016).
     */
    public boolean hasOutcomes() {
        return hasOutcomes;
    }

    /** The year authors write in {@code plan.yaml}. */
    public String code() {
        return code;
    }

    /** The framework's name in print. */
    public String title() {
        return title;
    }
}
