package org.wsoa.diagnostic;

import java.util.Comparator;
import java.util.Objects;
import org.wsoa.model.SourceRef;

/**
 * A finding about a plan: where it is, which rule found it, how serious it is, a message that a
 * plan author understands and, where one helps, a hint of how to fix it.
 *
 * @param at        where in the plan files
 * @param ruleId    the stable ID of the rule or load check, e.g. {@code unknown-key}, {@code deadline}
 * @param severity  error or warning
 * @param message   what is wrong, in the author's terms
 * @param hint      how to fix it, or null
 * @param subject   the ID of the plan element it is about (an action, KPI, board...), or
 *                  {@value #PLAN} for the plan as a whole; with the rule's ID it names the finding
 *                  when authors accept it in {@code plan.yaml}
 */
public record Diagnostic(SourceRef at, String ruleId, Severity severity, String message, String hint,
                         String subject) {

    /** The subject of a finding about the plan as a whole rather than one element of it. */
    public static final String PLAN = "plan";

    /** File, line, column, then rule: the order in which reports list findings. */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::at)
            .thenComparing(Diagnostic::ruleId)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        subject = subject == null || subject.isBlank() ? PLAN : subject;
    }

    /** A finding of {@code check} at its own severity, about the plan as a whole until {@link #about} says otherwise. */
    public static Diagnostic of(Check check, SourceRef at, String message, String hint) {
        return new Diagnostic(at, check.id(), check.severity(), message, hint, PLAN);
    }

    /** The same finding, about the plan element with this ID. */
    public Diagnostic about(String subjectId) {
        return new Diagnostic(at, ruleId, severity, message, hint, subjectId);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code path:line:col: error[rule]: message}, the first line of the text report. */
    @Override
    public String toString() {
        return at + ": " + severity.code() + "[" + ruleId + "]: " + message;
    }
}
