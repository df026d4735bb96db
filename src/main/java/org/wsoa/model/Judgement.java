package org.wsoa.model;

/** A revisit's judgement on one area of weakness of the original inspection. */
public record Judgement(Ref weakness, Text title, Progress progress, Text summary, SourceRef at) implements Located {
}
