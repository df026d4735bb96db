package org.wsoa.model;

import java.util.List;
import java.util.Map;

/**
 * How the plan's authors have tuned validation in {@code plan.yaml}: rules switched off, findings
 * accepted, and limits (e.g. {@code max-actions-per-lead}) that replace the defaults.
 */
public record ValidationSettings(List<RuleSetting> disabled, List<Acceptance> accepted, Map<String, Integer> limits,
                                 SourceRef at) {
    public ValidationSettings {
        disabled = List.copyOf(disabled);
        accepted = List.copyOf(accepted);
        limits = Map.copyOf(limits);
    }

    public static ValidationSettings none() {
        return new ValidationSettings(List.of(), List.of(), Map.of(), null);
    }
}
