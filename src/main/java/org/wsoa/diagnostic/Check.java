package org.wsoa.diagnostic;

/**
 * One check that {@code wsoa validate} makes, as the registry, the reports and
 * {@code docs/rules.md} know it: a stable ID that findings carry, a default severity and a
 * one-line summary. Loader checks and plan rules are both checks.
 */
public interface Check {

    /** The stable ID, short kebab-case, e.g. {@code deadline}. */
    String id();

    /** How serious its findings are unless a finding says otherwise. */
    Severity severity();

    /** One line on what it checks, for {@code wsoa rules} and the reports. */
    String summary();

    /**
     * Why the check can be neither switched off nor have a finding accepted in {@code plan.yaml},
     * in words an author understands; null when it can.
     */
    default String lockedBecause() {
        return null;
    }
}
