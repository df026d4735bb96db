package org.wsoa.load;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The IDs of the findings the loader reports, with a one-line summary each: the same IDs that
 * reports and {@code docs/rules.md} use for rules.
 */
public final class LoadChecks {

    /** ID to summary, in the order docs/rules.md lists them. */
    public static final Map<String, String> SUMMARIES;

    static {
        Map<String, String> summaries = new LinkedHashMap<>();
        summaries.put("yaml-syntax", "Every plan file is valid YAML, one document, in UTF-8.");
        summaries.put("duplicate-key", "No key appears twice in the same block.");
        summaries.put("unknown-key", "Every key is one that the format defines.");
        summaries.put("wrong-type", "Every value has the type its key needs.");
        summaries.put("missing-field", "Every required field is present and not empty.");
        summaries.put("date-format", "Every date is written YYYY-MM-DD and exists.");
        summaries.put("missing-file", "The plan has plan.yaml, people.yaml, governance.yaml and weaknesses/.");
        summaries.put("duplicate-id", "Every ID is used once across the whole plan.");
        summaries.put("unknown-reference", "Every reference names an element of the right kind.");
        SUMMARIES = java.util.Collections.unmodifiableMap(summaries);
    }

    private LoadChecks() {
    }
}
