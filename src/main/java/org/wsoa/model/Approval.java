package org.wsoa.model;

/** A body's sign-off of the plan (Cabinet, the ICB board, the Health and Wellbeing Board...). */
public record Approval(Text body, Dated date, Ref by, SourceRef at) implements Located {
}
