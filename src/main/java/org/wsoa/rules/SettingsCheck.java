package org.wsoa.rules;

import org.wsoa.diagnostic.Check;
import org.wsoa.diagnostic.Severity;

/**
 * The check of the {@code validation:} block itself: it names checks and limits that exist, switches
 * off only what may be switched off, and accepts only findings that are still there. The
 * {@link Validator} makes it, since it needs the other checks' findings.
 */
final class SettingsCheck implements Check {

    static final SettingsCheck INSTANCE = new SettingsCheck();

    private SettingsCheck() {
    }

    @Override
    public String id() {
        return "validation-settings";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "The validation settings in plan.yaml name checks and limits that exist, and every accepted"
                + " finding is still found.";
    }

    @Override
    public String lockedBecause() {
        return "it checks the validation settings themselves";
    }
}
