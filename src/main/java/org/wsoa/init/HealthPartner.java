package org.wsoa.init;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * The NHS body that was a local area's health partner on a given day: a clinical commissioning group
 * until 30 June 2022, and from 1 July 2022, when the Health and Care Act 2022 replaced the CCGs, an
 * integrated care board. A new plan starts with the one that received its report.
 */
enum HealthPartner {
    CCG("ccg", "CCG", "Clinical commissioning group", "the CCG's governing body"),
    ICB("icb", "ICB", "Integrated care board", "the ICB board");

    /** The day the integrated care boards took over from the clinical commissioning groups. */
    static final LocalDate ICBS_FROM = LocalDate.of(2022, 7, 1);

    private final String id;
    private final String term;
    private final String meaning;
    private final String approver;

    HealthPartner(String id, String term, String meaning, String approver) {
        this.id = id;
        this.term = term;
        this.meaning = meaning;
        this.approver = approver;
    }

    /** The health partner on {@code day}. */
    static HealthPartner on(LocalDate day) {
        return day.isBefore(ICBS_FROM) ? CCG : ICB;
    }

    /** The values the skeleton's files are filled with. */
    void fill(Map<String, String> values) {
        values.put("health-id", id);
        values.put("health-term", term);
        values.put("health-meaning", meaning);
        values.put("health-name", "[insert the name of the " + meaning.toLowerCase(Locale.ROOT) + "]");
        values.put("health-approver", approver);
    }
}
