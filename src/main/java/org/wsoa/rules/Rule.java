package org.wsoa.rules;

import org.wsoa.diagnostic.Severity;
import org.wsoa.model.Plan;

/**
 * One check of a plan. Each rule has a stable ID that authors use to switch it off or accept a
 * finding, a default severity, and an entry in {@code docs/rules.md}. Rules read the model and
 * report findings; they never change the plan, and they tolerate parts that could not be loaded
 * (nulls and unresolved references), which the loader has already reported.
 */
public interface Rule {

    /** The stable ID, short kebab-case, e.g. {@code deadline}. */
    String id();

    /** How serious its findings are unless the rule says otherwise for a finding. */
    Severity severity();

    /** One line on what the rule checks, for {@code wsoa rules} and the documentation test. */
    String summary();

    /** Checks the plan, reporting each finding to {@code findings}. */
    void check(Plan plan, Findings findings);
}
