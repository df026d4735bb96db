package org.wsoa.model;

/**
 * A body that considered or scrutinised the plan without approving it (a scrutiny committee, a
 * parent carer forum's steering group, a CCG governing body that noted it): recorded apart from the
 * sign-offs under {@code approvals:}.
 *
 * @param body  the body as written, or null when {@code board} names it
 * @param board the board or governance body (an ID in governance.yaml), or null when {@code body} names it
 * @param date  the day it considered the plan
 * @param note  what it did or said, as written, or null
 */
public record Consideration(Text body, Ref board, Dated date, Text note, SourceRef at) implements Located {
}
