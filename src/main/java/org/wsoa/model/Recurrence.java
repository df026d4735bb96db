package org.wsoa.model;

/**
 * How a recurring action recurs (monthly audits, a quarterly "You said, we did" update): a cadence
 * and the last day it runs to, instead of one due date. The action's {@code due} is then
 * {@code until}: the day its last occurrence is due, by which the whole action is complete.
 *
 * @param recurs  whether {@code recurs:} is written; {@code until} without it is reported
 * @param every   the cadence ({@code recurs:}), or null when not written or not one wsoa knows (reported)
 * @param until   the last day it runs to, or null when missing (already reported)
 * @param dueToo  whether {@code due} was written as well, which a recurring action does not have
 */
public record Recurrence(boolean recurs, Frequency every, Dated until, boolean dueToo, SourceRef at) implements Located {
}
