package org.wsoa.model;

import java.util.List;

/**
 * The end of a plan, as {@code closure.yaml} records it for the closure report: when it closed and
 * which board agreed it, what it achieved, the benefits and the learning, and where each action that
 * is not complete goes on.
 *
 * @param date          the day the plan closed: the closure report's date; null while it is still to
 *                      decide, written as a placeholder (then in {@code undecided})
 * @param agreedBy      the board that agreed the closure (its ID), or null
 * @param summary       what the plan achieved, in Markdown
 * @param benefits      the benefits for children, young people and families, one each
 * @param learning      what the partnership learnt, one lesson each
 * @param outstanding   what becomes of each action not complete, keyed in the file by the action's ID
 * @param undecided     the day it closed, while it is written as a placeholder still to decide
 * @param outstandingAt where {@code outstanding:} is written, or where the file starts without it
 */
public record Closure(Dated date, Ref agreedBy, Text summary, List<Text> benefits, List<Text> learning,
                      List<OutstandingAction> outstanding, List<Undecided> undecided, SourceRef outstandingAt, SourceRef at) implements Located {
    public Closure {
        benefits = List.copyOf(benefits);
        learning = List.copyOf(learning);
        outstanding = List.copyOf(outstanding);
        undecided = List.copyOf(undecided);
    }
}
