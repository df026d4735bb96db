package org.wsoa.rules;

import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.model.Acceptance;

/**
 * A diagnostic as validation reports it: with the authors' acceptance of it, if they accepted it
 * in {@code plan.yaml}. An accepted finding is still listed, apart from the others and labelled
 * {@code accepted} with the authors' reason, but never fails validation.
 */
public record Finding(Diagnostic diagnostic, Acceptance acceptance) {

    /** The label a report gives an accepted finding, in place of its severity. */
    public static final String ACCEPTED = "accepted";

    public boolean accepted() {
        return acceptance != null;
    }

    /** Counts against the plan: an error, or with {@code strict} a warning, that was not accepted. */
    public boolean fails(boolean strict) {
        return !accepted() && diagnostic.severity().fails(strict);
    }

    /** What a report calls it: {@code accepted} once accepted, otherwise its severity ({@code error}, {@code warning}, {@code note}). */
    public String label() {
        return accepted() ? ACCEPTED : diagnostic.severity().code();
    }

    /** The authors' reason for accepting it; null if it is not accepted. */
    public String reason() {
        return accepted() && acceptance.reason() != null ? acceptance.reason().value() : null;
    }

    /** {@code path:line:col: label[check]: message}, as the text report prints it. */
    @Override
    public String toString() {
        return diagnostic.at() + ": " + label() + "[" + diagnostic.ruleId() + "]: " + diagnostic.message();
    }
}
