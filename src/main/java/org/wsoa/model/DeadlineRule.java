package org.wsoa.model;

/**
 * How the plan's submission deadline is set. By default the statutory rule: 70 working days
 * after the report was received. Older plans counted calendar days; an APP has a date that the
 * DfE sets, and a 2023-framework plan the date that was agreed, given as {@code due}.
 *
 * @param days          how many days to count
 * @param calendarDays  count calendar days rather than working days
 * @param from          {@code report-received} (statutory) or {@code report-published}
 * @param due           an explicit due date: for a counted kind, a later date agreed beside the
 *                      statutory one (which it does not replace); for the others, the date itself
 * @param agreedBy      who agreed (or set) the {@code due} date, as written, or null
 * @param agreedOn      when it was agreed, or null
 */
public record DeadlineRule(int days, boolean calendarDays, String from, Dated due, Text agreedBy, Dated agreedOn,
                           SourceRef at) implements Located {
    public static final int STATUTORY_DAYS = 70;
    /** The most days a deadline may count: far beyond any real rule, and within the years wsoa knows. */
    public static final int MAX_DAYS = 1000;
    public static final String FROM_RECEIVED = "report-received";
    public static final String FROM_PUBLISHED = "report-published";

    /** The rule of the Children Act 2004 (Joint Area Reviews) Regulations 2015. */
    public static DeadlineRule statutory(SourceRef at) {
        return new DeadlineRule(STATUTORY_DAYS, false, FROM_RECEIVED, null, null, null, at);
    }
}
