package org.wsoa.diff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One side of a change, as the reader should see it: text, a date, a named person, organisation
 * or board, a KPI's figure, or several of these. Each format shows it its own way (dates as
 * "31 May 2022" in text, as ISO dates in JSON); {@link #sameAs} says whether two values mean the
 * same, so that re-wrapping a line or renaming an ID for the same person is not a change.
 */
public sealed interface Value permits Value.Words, Value.Day, Value.Named, Value.Figure, Value.Several {

    /** Whether this value means the same as {@code other}. */
    boolean sameAs(Value other);

    /** Author's words (an action's wording, a title) or a code ("on-track"). */
    record Words(String text) implements Value {
        @Override
        public boolean sameAs(Value other) {
            return other instanceof Words words && collapse(text).equals(collapse(words.text));
        }

        /** Runs of white space count as one space: YAML's line folding is not a change of wording. */
        private static String collapse(String text) {
            return text.strip().replaceAll("\\s+", " ");
        }
    }

    /** A date. */
    record Day(LocalDate date) implements Value {
        @Override
        public boolean sameAs(Value other) {
            return equals(other);
        }
    }

    /**
     * An element of the plan referred to by ID, with the name it resolves to (the ID itself when it
     * names nothing). Two are the same when their names are: the plan's readers know people by name.
     */
    record Named(String id, String name) implements Value {
        @Override
        public boolean sameAs(Value other) {
            return other instanceof Named named && name.equals(named.name);
        }
    }

    /** A KPI's value on a date (a baseline, target or milestone), with the KPI's unit. */
    record Figure(BigDecimal value, String unit, LocalDate date) implements Value {
        @Override
        public boolean sameAs(Value other) {
            return other instanceof Figure figure && value.compareTo(figure.value) == 0
                    && java.util.Objects.equals(unit, figure.unit) && java.util.Objects.equals(date, figure.date);
        }

        /** "60%", "12 weeks", "250": as the published page shows it. */
        public String shown() {
            String number = value.stripTrailingZeros().toPlainString();
            return "%".equals(unit) ? number + "%"
                    : unit == null || unit.isEmpty() || "number".equalsIgnoreCase(unit) ? number : number + " " + unit;
        }
    }

    /** Several values in the plan's order: members, partners, a trajectory. */
    record Several(List<Value> items) implements Value {
        public Several {
            items = List.copyOf(items);
        }

        @Override
        public boolean sameAs(Value other) {
            if (!(other instanceof Several several) || several.items.size() != items.size()) {
                return false;
            }
            for (int i = 0; i < items.size(); i++) {
                if (!items.get(i).sameAs(several.items.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }
}
