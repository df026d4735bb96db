package org.wsoa.model;

import java.util.List;

/**
 * How the plan's authors have tuned validation in {@code plan.yaml}: checks switched off, findings
 * accepted, and limits (e.g. {@code max-actions-per-lead}) that replace the defaults.
 */
public record ValidationSettings(List<RuleSetting> disabled, List<Acceptance> accepted, List<LimitSetting> limits,
                                 SourceRef at) {
    public ValidationSettings {
        disabled = List.copyOf(disabled);
        accepted = List.copyOf(accepted);
        limits = List.copyOf(limits);
    }

    public static ValidationSettings none() {
        return new ValidationSettings(List.of(), List.of(), List.of(), null);
    }
}
