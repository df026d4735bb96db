package org.wsoa.model;

/** An acronym or term and what it stands for, e.g. EHCP: Education, Health and Care Plan. */
public record GlossaryTerm(String term, Text meaning, SourceRef at) implements Located {
}
