package org.wsoa.rules;

import java.util.List;
import org.wsoa.model.Plan;

/**
 * The outcome of validating one plan: every finding of the loader and the rules, in file, line
 * and column order.
 *
 * @param plan   the plan as loaded (parts may be missing when the files have errors)
 * @param files  how many files were read
 */
public record Validation(String directory, Plan plan, List<Finding> findings, int files) {

    public Validation {
        findings = List.copyOf(findings);
    }

    public long errors() {
        return findings.stream().filter(f -> !f.accepted() && f.diagnostic().isError()).count();
    }

    public long warnings() {
        return findings.stream().filter(f -> !f.accepted() && !f.diagnostic().isError()).count();
    }

    public long accepted() {
        return findings.stream().filter(Finding::accepted).count();
    }

    /** Whether the plan fails: any error, or with {@code strict} any warning, not accepted. */
    public boolean fails(boolean strict) {
        return findings.stream().anyMatch(f -> f.fails(strict));
    }
}
