package org.wsoa.model;

/** The kind of body an organisation is, used to check partner contributions and governance. */
public enum OrganisationType {
    LOCAL_AUTHORITY("local-authority", "Local authority", "Council SEND services"),
    HEALTH("health", "Health", "Health commissioners and providers"),
    EDUCATION("education", "Education", "Schools and education providers"),
    SOCIAL_CARE("social-care", "Social care", "Social care"),
    PARENT_CARER_FORUM("parent-carer-forum", "Parent carer forum", null),
    NATIONAL("national", "National body", null),
    OTHER("other", "Other", null);

    private final String code;
    private final String label;
    private final String contributor;

    OrganisationType(String code, String label, String contributor) {
        this.code = code;
        this.label = label;
        this.contributor = contributor;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /**
     * The partners of this type as an APP records their contribution to each area ("Schools and
     * education providers"), or null when the type is not one whose contribution is recorded.
     */
    public String contributor() {
        return contributor;
    }
}
