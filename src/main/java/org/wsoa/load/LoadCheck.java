package org.wsoa.load;

import org.wsoa.diagnostic.Check;
import org.wsoa.diagnostic.Severity;

/**
 * The checks the loader makes while it reads the plan files into the model. Their findings are
 * errors; most mean that part of the plan could not be read, so they cannot be switched off.
 */
public enum LoadCheck implements Check {
    YAML_SYNTAX("yaml-syntax", "Every plan file is valid YAML, one document, in UTF-8.",
            "a file that is not valid YAML cannot be read, so nothing in it could be checked or published"),
    CONTROL_CHARACTER("control-character",
            "Text holds no control characters, surrogates on their own or noncharacters.",
            "such a character cannot be printed: it would break the PDF, the reports and the terminal"),
    DUPLICATE_KEY("duplicate-key", "No key appears twice in the same block.",
            "YAML keeps only one of the two values, and which one the authors meant is unknown"),
    UNKNOWN_KEY("unknown-key", "Every key is one that the format defines.", null),
    CONFLICTING_KEYS("conflicting-keys", "No two keys of one block say the same thing.",
            "the two could disagree, and which one the authors meant is unknown"),
    MOVED_KEY("moved-key", "No key is left in a file it has moved out of.",
            "wsoa reads the value only where it now belongs, so it would be silently ignored"),
    WRONG_TYPE("wrong-type", "Every value has the type its key needs.",
            "a value of the wrong type cannot be read, so the plan would be checked and published without it"),
    MISSING_FIELD("missing-field", "Every required field is present and not empty.",
            "the plan cannot be checked or published without its required fields"),
    DATE_FORMAT("date-format", "Every date is written YYYY-MM-DD and exists.",
            "a date that cannot be read cannot be checked or published"),
    MISSING_FILE("missing-file", "The plan has plan.yaml, people.yaml, governance.yaml and weaknesses/.",
            "the plan cannot be checked or published without its files"),
    UNREADABLE_FILE("unreadable-file", "Every plan file is a file inside the plan's folder that wsoa can read.",
            "wsoa does not read what lies outside the plan, and cannot check or publish what it could not read"),
    PROGRESS_FILE("progress-file", "Every progress file is named for its date, says the same date inside,"
            + " and is the only one for that date.",
            "each reporting point must be one file, named for its date, so that the history and `--as-of` are"
                    + " unambiguous"),
    EVIDENCE_FILE("evidence-file", "Every piece of evidence is a web address or a file inside the plan"
            + " directory that exists.", null),
    DUPLICATE_ID("duplicate-id", "Every ID is used once across the whole plan.",
            "a reference to an ID used twice could mean either element"),
    UNKNOWN_REFERENCE("unknown-reference", "Every reference names an element of the right kind.",
            "a reference that names nothing cannot be checked or published"),
    LIMITS("limits", "The plan stays within the sizes wsoa is built for: files, nesting and counts.",
            "the limits keep every run short and within memory; raise a limit under `validation: limits:` instead");

    private final String id;
    private final String summary;
    private final String lockedBecause;

    LoadCheck(String id, String summary, String lockedBecause) {
        this.id = id;
        this.summary = summary;
        this.lockedBecause = lockedBecause;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return summary;
    }

    @Override
    public String lockedBecause() {
        return lockedBecause;
    }
}
