package org.wsoa.model;

/** A rule switched off for this plan, with the authors' reason. */
public record RuleSetting(String rule, Text reason, SourceRef at) implements Located {
}
