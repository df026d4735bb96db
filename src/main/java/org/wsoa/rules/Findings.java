package org.wsoa.rules;

import java.util.ArrayList;
import java.util.List;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.diagnostic.Severity;
import org.wsoa.model.SourceRef;

/** Where a rule reports what it finds, at the rule's own ID and default severity. */
public final class Findings {

    private final Rule rule;
    private final SourceRef plan;
    private final List<Diagnostic> found = new ArrayList<>();

    /** @param plan where findings about the plan as a whole point: its directory */
    Findings(Rule rule, SourceRef plan) {
        this.rule = rule;
        this.plan = plan;
    }

    /**
     * A finding at the rule's default severity.
     *
     * @param at      where it is, or null for the plan directory as a whole
     * @param subject the ID of the element it is about, or null for the plan as a whole
     */
    public void report(SourceRef at, String subject, String message, String hint) {
        report(rule.severity(), at, subject, message, hint);
    }

    public void report(Severity severity, SourceRef at, String subject, String message, String hint) {
        found.add(new Diagnostic(at == null ? plan : at, rule.id(), severity, message, hint, subject));
    }

    List<Diagnostic> found() {
        return found;
    }
}
