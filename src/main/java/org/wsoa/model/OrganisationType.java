package org.wsoa.model;

/** The kind of body an organisation is, used to check partner contributions and governance. */
public enum OrganisationType {
    LOCAL_AUTHORITY("local-authority", "Local authority"),
    HEALTH("health", "Health"),
    EDUCATION("education", "Education"),
    SOCIAL_CARE("social-care", "Social care"),
    PARENT_CARER_FORUM("parent-carer-forum", "Parent carer forum"),
    NATIONAL("national", "National body"),
    OTHER("other", "Other");

    private final String code;
    private final String label;

    OrganisationType(String code, String label) {
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
