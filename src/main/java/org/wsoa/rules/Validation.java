package org.wsoa.rules;

import java.util.ArrayList;
import java.util.List;
import org.wsoa.diagnostic.Severity;
import org.wsoa.model.Plan;
import org.wsoa.resolve.ResolvedPlan;

/**
 * The outcome of validating one plan: every finding of the loader and the rules, in file, line
 * and column order, and the resolved plan they were found in, which editions then publish.
 *
 * @param resolved  the plan as loaded and resolved (parts may be missing when the files have errors)
 * @param files     how many files were read
 */
public record Validation(String directory, ResolvedPlan resolved, List<Finding> findings, int files) {

    public Validation {
        findings = List.copyOf(findings);
    }

    /** The plan as loaded. */
    public Plan plan() {
        return resolved.plan();
    }

    /** The findings that were not accepted, in file, line and column order. */
    public List<Finding> open() {
        return findings.stream().filter(f -> !f.accepted()).toList();
    }

    /** The findings the authors accepted, in file, line and column order. */
    public List<Finding> acceptedFindings() {
        return findings.stream().filter(Finding::accepted).toList();
    }

    /** The findings as reports list them: the open ones, then apart from them the accepted ones. */
    public List<Finding> openThenAccepted() {
        List<Finding> all = new ArrayList<>(open());
        all.addAll(acceptedFindings());
        return List.copyOf(all);
    }

    public long errors() {
        return count(Severity.ERROR);
    }

    public long warnings() {
        return count(Severity.WARNING);
    }

    /** The notes: findings that never fail, such as a bank holiday announced after the plan was approved. */
    public long notes() {
        return count(Severity.NOTE);
    }

    private long count(Severity severity) {
        return findings.stream().filter(f -> !f.accepted() && f.diagnostic().severity() == severity).count();
    }

    public long accepted() {
        return findings.stream().filter(Finding::accepted).count();
    }

    /** Whether the plan fails: any error, or with {@code strict} any warning, not accepted. */
    public boolean fails(boolean strict) {
        return findings.stream().anyMatch(f -> f.fails(strict));
    }
}
