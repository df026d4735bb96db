package org.wsoa.model;

/**
 * What a plan calls the areas it answers, in the words of the framework that found them: "area of
 * significant weakness" (2016), "area for priority action" or "area for improvement" (2023).
 *
 * @param heading the areas' heading in contents and bookmarks, e.g. "Areas for priority action"
 * @param column  the word for an area in a narrow table column, e.g. "Weakness" or "Area"
 * @param listKey the key under {@code inspection:} in plan.yaml that lists the report's areas of this
 *                term, e.g. {@code areas-for-priority-action}; null for the 2016 framework's areas
 */
public record AreaTerm(String singular, String plural, String heading, String column, String listKey) {

    public static final AreaTerm SIGNIFICANT_WEAKNESS = new AreaTerm("area of significant weakness",
            "areas of significant weakness", "Areas of weakness", "Weakness", null);
    public static final AreaTerm PRIORITY_ACTION = new AreaTerm("area for priority action", "areas for priority action",
            "Areas for priority action", "Area", "areas-for-priority-action");
    public static final AreaTerm IMPROVEMENT = new AreaTerm("area for improvement", "areas for improvement",
            "Areas for improvement", "Area", "areas-for-improvement");

    /** "1 area of significant weakness", "3 areas of significant weakness". */
    public String count(long n) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** The singular with a capital: "Area for priority action". */
    public String title() {
        return Character.toUpperCase(singular.charAt(0)) + singular.substring(1);
    }
}
