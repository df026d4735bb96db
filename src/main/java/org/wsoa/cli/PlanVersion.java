package org.wsoa.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.wsoa.calendar.WorkingDays;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.diff.GitSnapshot;
import org.wsoa.load.LoadCheck;
import org.wsoa.load.LoadResult;
import org.wsoa.load.PlanLoader;
import org.wsoa.load.PlanNotFoundException;
import org.wsoa.model.SourceRef;
import org.wsoa.report.TextReport;
import org.wsoa.resolve.ResolvedPlan;
import org.wsoa.rules.CheckRegistry;
import org.wsoa.rules.Finding;
import org.wsoa.rules.Validation;
import org.wsoa.rules.Validator;

/**
 * One version of a plan for {@code wsoa diff}: a directory, or the plan as it was at a git revision,
 * loaded and validated as {@code wsoa validate} would. Findings in a revision are named
 * {@code REV:path/file.yaml}, as git names them, never by the temporary directory they were read from.
 */
final class PlanVersion {

    /** The version cannot be had at all: no such directory, no git, no such revision. */
    static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String message) {
            super(message, null, false, false);
        }
    }

    private final String label;
    private final Validation validation;
    private final boolean unreadable;
    private final long movedKeys;

    private PlanVersion(String label, Validation validation, boolean unreadable, long movedKeys) {
        this.label = label;
        this.validation = validation;
        this.unreadable = unreadable;
        this.movedKeys = movedKeys;
    }

    static PlanVersion directory(Path plan, WorkingDays calendar) throws Unavailable {
        return load(plan, plan.toString(), null, calendar);
    }

    /** The plan's files as they are now, against a revision. */
    static PlanVersion workingTree(Path plan, WorkingDays calendar) throws Unavailable {
        return directory(plan, calendar);
    }

    /** The plan as it was at {@code revision}; the snapshot is added to {@code snapshots}, for the caller to remove. */
    static PlanVersion revision(Path plan, String revision, WorkingDays calendar, List<GitSnapshot> snapshots)
            throws Unavailable {
        GitSnapshot snapshot;
        try {
            snapshot = GitSnapshot.of(plan, revision, "git");
        } catch (GitSnapshot.GitException e) {
            throw new Unavailable(e.getMessage());
        }
        snapshots.add(snapshot);
        return load(snapshot.directory(), revision, revision + ":" + plan, calendar);
    }

    /**
     * @param shownAs what the files' paths start with in findings, in place of {@code dir}; null to
     *                keep them as they are
     */
    private static PlanVersion load(Path dir, String label, String shownAs, WorkingDays calendar) throws Unavailable {
        LoadResult loaded;
        try {
            loaded = PlanLoader.load(dir);
        } catch (PlanNotFoundException e) {
            throw new Unavailable(e.getMessage());
        }
        Validation validation = new Validator(CheckRegistry.standard(), calendar).validate(loaded);
        if (shownAs != null) {
            validation = renamed(validation, dir.toString(), shownAs);
        }
        // A key left where an older version of the format had it (an action's `status`, before progress
        // files) is read nowhere: the rest of the plan is whole, so an old revision can still be compared.
        long moved = loaded.diagnostics().stream().filter(d -> d.isError() && isMovedKey(d)).count();
        boolean unreadable = loaded.diagnostics().stream().anyMatch(d -> d.isError() && !isMovedKey(d));
        return new PlanVersion(label, validation, unreadable, moved);
    }

    private static boolean isMovedKey(Diagnostic diagnostic) {
        return LoadCheck.MOVED_KEY.id().equals(diagnostic.ruleId());
    }

    private static Validation renamed(Validation validation, String from, String to) {
        List<Finding> findings = validation.findings().stream().map(finding -> {
            Diagnostic d = finding.diagnostic();
            String file = d.at().file().startsWith(from) ? to + d.at().file().substring(from.length()) : d.at().file();
            Diagnostic renamed = new Diagnostic(new SourceRef(file, d.at().line(), d.at().column()), d.ruleId(),
                    d.severity(), d.message(), d.hint(), d.subject());
            return new Finding(renamed, finding.acceptance());
        }).toList();
        return new Validation(to, validation.resolved(), findings, validation.files());
    }

    /** How the user named this version: a directory or a revision. */
    String label() {
        return label;
    }

    ResolvedPlan resolved() {
        return validation.resolved();
    }

    /** Whether loading it found errors, so that the plan may be incomplete and a diff misleading. */
    boolean unreadable() {
        return unreadable;
    }

    /**
     * How many keys it has in files they have moved out of: values that an older version of the format
     * kept there, which are not read and so not compared.
     */
    long movedKeys() {
        return movedKeys;
    }

    /** Its findings, as {@code wsoa validate} prints them. */
    void report(PrintWriter out) {
        new TextReport(Terminal.colour()).write(List.of(validation), List.of(), false, out);
    }
}
