package org.wsoa.model;

/**
 * What a plan calls the areas it answers, in the words of the framework that found them: "area of
 * significant weakness" (2016), "area for priority action" or "area for improvement" (2023).
 */
public record AreaTerm(String singular, String plural) {

    public static final AreaTerm SIGNIFICANT_WEAKNESS =
            new AreaTerm("area of significant weakness", "areas of significant weakness");
    public static final AreaTerm PRIORITY_ACTION = new AreaTerm("area for priority action", "areas for priority action");
    public static final AreaTerm IMPROVEMENT = new AreaTerm("area for improvement", "areas for improvement");

    /** "1 area of significant weakness", "3 areas of significant weakness". */
    public String count(long n) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
