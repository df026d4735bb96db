package org.wsoa.rules;

import java.util.ArrayList;
import java.util.List;
import org.wsoa.calendar.WorkingDays;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.diagnostic.Severity;
import org.wsoa.model.Plan;
import org.wsoa.model.SourceRef;

/**
 * Where a rule reports what it finds, and what it may need to look things up: the plan's index of
 * IDs, the working-day calendar and the plan's limits.
 */
public final class Findings {

    private final Rule rule;
    private final PlanIndex index;
    private final WorkingDays calendar;
    private final Limits limits;
    private final List<Diagnostic> found = new ArrayList<>();

    Findings(Rule rule, PlanIndex index, WorkingDays calendar, Limits limits) {
        this.rule = rule;
        this.index = index;
        this.calendar = calendar;
        this.limits = limits;
    }

    public PlanIndex index() {
        return index;
    }

    public WorkingDays calendar() {
        return calendar;
    }

    public Limits limits() {
        return limits;
    }

    /** A finding at the rule's default severity. {@code subject} is the element's ID, or null. */
    public void report(SourceRef at, String subject, String message, String hint) {
        report(rule.severity(), at, subject, message, hint);
    }

    public void report(Severity severity, SourceRef at, String subject, String message, String hint) {
        found.add(new Diagnostic(at == null ? SourceRef.file(index.plan().directory()) : at, rule.id(), severity,
                message, hint, subject));
    }

    List<Diagnostic> found() {
        return found;
    }

    Plan plan() {
        return index.plan();
    }
}
