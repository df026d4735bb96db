package org.wsoa.diff;

import java.util.stream.Collectors;
import org.wsoa.calendar.BritishDates;

/** Values as people read them, in the text and Markdown formats: "31 May 2022", "60% on 31 March 2023". */
final class Shown {

    /** What an empty side of a change says. */
    static final String NOT_SET = "not set";

    private Shown() {
    }

    static String of(Value value) {
        if (value == null) {
            return NOT_SET;
        }
        if (value instanceof Value.Words words) {
            return words.text().strip().replaceAll("\\s+", " ");
        }
        if (value instanceof Value.Day day) {
            return BritishDates.formatShort(day.date());
        }
        if (value instanceof Value.Named named) {
            return named.name();
        }
        if (value instanceof Value.Figure figure) {
            return figure.shown() + (figure.date() == null ? "" : " on " + BritishDates.formatShort(figure.date()));
        }
        Value.Several several = (Value.Several) value;
        return several.items().isEmpty() ? "none" : several.items().stream().map(Shown::of).collect(Collectors.joining("; "));
    }

    /** "Lead: was Alex Morgan, now Bina Patel", or "Members removed: Chris Jones" for a one-sided detail. */
    static String line(FieldChange change, boolean detail) {
        if (detail || change.field() == Field.MEMBERS_ADDED || change.field() == Field.MEMBERS_REMOVED) {
            return change.field().label() + ": " + of(change.after() != null ? change.after() : change.before());
        }
        return change.field().label() + ": was " + of(change.before()) + ", now " + of(change.after());
    }

    /** "changed", "added", "removed", or "retargeted" for a KPI whose figures moved. */
    static String verb(ElementChange element) {
        return element.retargeted() ? "retargeted" : element.kind().word();
    }

    /** "1 change", "5 changes". */
    static String count(int n) {
        return n + " change" + (n == 1 ? "" : "s");
    }
}
