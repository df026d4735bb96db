package org.wsoa.model;

/**
 * A piece of evidence for an action's progress: minutes, data, an audit, a survey, a case study, a
 * report. It is either on the web ({@code link}, http or https) or a file kept in the plan
 * directory ({@code file}, relative to it); the loader checks that the file is there.
 */
public record Evidence(Text title, Dated date, EvidenceKind kind, Text link, Text file, SourceRef at)
        implements Located {
}
