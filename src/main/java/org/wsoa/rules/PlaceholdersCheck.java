package org.wsoa.rules;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wsoa.diagnostic.Excerpt;
import org.wsoa.diagnostic.Severity;
import org.wsoa.resolve.ResolvedPlan;
import org.wsoa.model.Kpi;
import org.wsoa.model.PlanStatus;
import org.wsoa.model.ReportedArea;
import org.wsoa.model.ResourceItem;
import org.wsoa.model.Text;
import org.wsoa.model.Undecided;

/**
 * A final plan has no placeholder text (TBC, TBD, XXX, ???, [insert ...]), no empty text, and no date
 * or number still to decide (written as a placeholder, which the loader reads as absent). In a draft
 * the same findings are warnings: the list of what is still to fill in.
 */
final class PlaceholdersCheck extends AbstractRule {

    /**
     * The fields of each model record that can hold text, looked up once per class: asking a class
     * for its record components each time is slow enough to matter in a large plan. Fields, not the
     * accessors: the model's accessors are the records' own (each returns its field, as
     * {@code PlaceholdersCheckTest} checks), and a field is read without the class that the JDK
     * generates for each method called often by reflection (some sixty of them, in every validate).
     */
    static final ClassValue<List<Field>> FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            List<Field> fields = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Class<?> field = component.getType();
                if (field == Text.class || List.class.isAssignableFrom(field) || field.isRecord()) {
                    fields.add(field(type, component));
                }
            }
            return List.copyOf(fields);
        }
    };

    /** The {@code id} field of each model record that has one (an element authors refer to), or null. */
    private static final ClassValue<Field> ID = new ClassValue<>() {
        @Override
        protected Field computeValue(Class<?> type) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getName().equals("id") && component.getType() == String.class) {
                    return field(type, component);
                }
            }
            return null;
        }
    };

    /** The field that holds a record's component. */
    static Field field(Class<?> type, RecordComponent component) {
        try {
            Field field = type.getDeclaredField(component.getName());
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot read " + type.getName() + "." + component.getName(), e);
        }
    }

    /** What authors call an element whose record's name does not say it (the rest: "SuccessCriterion", "success criterion"). */
    private static final Map<Class<?>, String> WORDS = Map.of(Kpi.class, "KPI", ResourceItem.class, "resource",
            ReportedArea.class, "area");

    /**
     * The element a text belongs to: its ID (the finding's subject) and its record's class, which
     * names it in a message ("risk R1"), worked out only for a finding.
     */
    private record Element(String id, Class<?> type) {
        static final Element PLAN = new Element(null, null);

        /** " in risk R1", or nothing for the plan as a whole. */
        String in() {
            return type == null ? "" : " in " + word(type) + " " + Excerpt.of(id);
        }
    }

    PlaceholdersCheck() {
        super("placeholders", Severity.ERROR, "A final plan has no placeholder or empty text, and no date or number"
                + " still to decide (warnings in a draft).");
    }

    @Override
    public void check(ResolvedPlan plan, Findings findings) {
        Severity severity = plan.plan().status() == PlanStatus.DRAFT ? Severity.WARNING : Severity.ERROR;
        visit(plan.plan(), Element.PLAN, severity, findings);
    }

    /**
     * Walks the model's records and lists, checking every piece of text the authors wrote. A finding
     * is about, and names, the nearest element with an ID (an action, a KPI, a board...), or the plan.
     */
    private static void visit(Object value, Element element, Severity severity, Findings findings) {
        if (value instanceof Text text) {
            check(text, element, severity, findings);
        } else if (value instanceof Undecided undecided) {
            Text text = undecided.text();
            String draft = severity == Severity.WARNING ? "still to decide: " : "";
            findings.report(severity, text.at(), undecided.subject(), draft + "`" + text.value().strip()
                    + "` stands for a value in " + undecided.what(), severity == Severity.ERROR
                    ? "a final plan has every date and number decided: write it in place of the placeholder" : null);
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                visit(item, element, severity, findings);
            }
        } else if (value instanceof Record record) {
            Element inner = ID.get(record.getClass()) == null ? element : elementOf(record, element);
            for (Field field : FIELDS.get(record.getClass())) {
                try {
                    visit(field.get(record), inner, severity, findings);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + field, e);
                }
            }
        }
    }

    private static Element elementOf(Record record, Element otherwise) {
        try {
            Object id = ID.get(record.getClass()).get(record);
            return id instanceof String s ? new Element(s, record.getClass()) : otherwise;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the ID of " + record.getClass(), e);
        }
    }

    /** "risk" for {@code Risk}, "success criterion" for {@code SuccessCriterion}, or the word in {@link #WORDS}. */
    private static String word(Class<?> type) {
        String word = WORDS.get(type);
        if (word != null) {
            return word;
        }
        StringBuilder words = new StringBuilder();
        for (char c : type.getSimpleName().toCharArray()) {
            if (Character.isUpperCase(c) && words.length() > 0) {
                words.append(' ');
            }
            words.append(c);
        }
        return words.toString().toLowerCase(Locale.ROOT);
    }

    private static void check(Text text, Element element, Severity severity, Findings findings) {
        String draft = severity == Severity.WARNING ? "still to fill in: " : "";
        if (text.value() == null || text.value().isBlank()) {
            findings.report(severity, text.at(), element.id(), draft + "this text" + element.in() + " is empty",
                    severity == Severity.ERROR ? "a final plan has no empty fields: write it, or remove the key" : null);
            return;
        }
        String placeholder = Placeholders.find(text.value());
        if (placeholder != null) {
            findings.report(severity, text.at(), element.id(), draft + "`" + Excerpt.of(placeholder) + "`" + element.in()
                    + " is a placeholder",
                    severity == Severity.ERROR ? "a final plan has no placeholders: write the real text" : null);
        }
    }
}
