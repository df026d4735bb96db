package org.wsoa.rules;

import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.model.Acceptance;

/**
 * A diagnostic as validation reports it: with the authors' acceptance of it, if they accepted it
 * in {@code plan.yaml}. An accepted finding is still listed, but never fails validation.
 */
public record Finding(Diagnostic diagnostic, Acceptance acceptance) {

    public boolean accepted() {
        return acceptance != null;
    }

    /** Counts against the plan: an error, or with {@code strict} a warning, that was not accepted. */
    public boolean fails(boolean strict) {
        return !accepted() && (diagnostic.isError() || strict);
    }
}
