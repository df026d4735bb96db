package org.wsoa.rules;

import org.wsoa.diagnostic.Check;
import org.wsoa.resolve.ResolvedPlan;

/**
 * A check of the plan as a whole, after loading. Each rule is one class with a stable ID that
 * authors use to switch it off or accept a finding, a default severity, a one-line summary, an
 * entry in {@code docs/rules.md} (which {@code wsoa rules ID} prints) and a fixture folder under
 * {@code src/test/resources/rules/}. Rules read the resolved plan and report findings; they never
 * change it, and they tolerate parts that could not be loaded (nulls, unresolved references and
 * unreadable files), which the loader has already reported.
 */
public interface Rule extends Check {

    /** Checks the plan, reporting each finding to {@code findings}. */
    void check(ResolvedPlan plan, Findings findings);
}
