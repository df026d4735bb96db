package org.wsoa.model;

/**
 * A body's sign-off of the plan (Cabinet, the ICB board, the Health and Wellbeing Board...).
 *
 * @param body    the body as written, or null when {@code board} names it
 * @param board   the board or governance body (an ID in governance.yaml) that signs it off, or null when
 *                {@code body} names it
 * @param date    the day it approved the plan, or null (not yet known, or {@code pending})
 * @param pending whether the sign-off is recorded as still to come ({@code date: pending}), which a
 *                draft may say and a final plan may not
 */
public record Approval(Text body, Ref board, Dated date, boolean pending, Ref by, SourceRef at) implements Located {

    /** The word written as the date of a sign-off still to come. */
    public static final String PENDING = "pending";
}
