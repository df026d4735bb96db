package org.wsoa.rules;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.wsoa.diagnostic.Excerpt;
import org.wsoa.diagnostic.Severity;
import org.wsoa.resolve.ResolvedPlan;
import org.wsoa.model.PlanStatus;
import org.wsoa.model.Text;
import org.wsoa.model.Undecided;

/**
 * A final plan has no placeholder text (TBC, TBD, XXX, ???, [insert ...]), no empty text, and no date
 * or number still to decide (written as a placeholder, which the loader reads as absent). In a draft
 * the same findings are warnings: the list of what is still to fill in.
 */
final class PlaceholdersCheck extends AbstractRule {

    /**
     * The accessors of each model record that can hold text, looked up once per class: asking a
     * class for its record components each time is slow enough to matter in a large plan.
     */
    private static final ClassValue<List<Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            List<Method> accessors = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Class<?> field = component.getType();
                if (field == Text.class || List.class.isAssignableFrom(field) || field.isRecord()) {
                    accessors.add(component.getAccessor());
                }
            }
            return List.copyOf(accessors);
        }
    };

    /** The {@code id} accessor of each model record that has one (an element authors refer to), or null. */
    private static final ClassValue<Method> ID = new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> type) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getName().equals("id") && component.getType() == String.class) {
                    return component.getAccessor();
                }
            }
            return null;
        }
    };

    PlaceholdersCheck() {
        super("placeholders", Severity.ERROR, "A final plan has no placeholder or empty text, and no date or number"
                + " still to decide (warnings in a draft).");
    }

    @Override
    public void check(ResolvedPlan plan, Findings findings) {
        Severity severity = plan.plan().status() == PlanStatus.DRAFT ? Severity.WARNING : Severity.ERROR;
        visit(plan.plan(), null, severity, findings);
    }

    /**
     * Walks the model's records and lists, checking every piece of text the authors wrote. A finding
     * is about the nearest element with an ID (an action, a KPI, a board...), or the plan.
     */
    private static void visit(Object value, String subject, Severity severity, Findings findings) {
        if (value instanceof Text text) {
            check(text, subject, severity, findings);
        } else if (value instanceof Undecided undecided) {
            Text text = undecided.text();
            String draft = severity == Severity.WARNING ? "still to decide: " : "";
            findings.report(severity, text.at(), undecided.subject(), draft + "`" + text.value().strip()
                    + "` stands for a value", severity == Severity.ERROR
                    ? "a final plan has every date and number decided: write it in place of the placeholder" : null);
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                visit(item, subject, severity, findings);
            }
        } else if (value instanceof Record record) {
            String inner = ID.get(record.getClass()) == null ? subject : idOf(record, subject);
            for (Method accessor : ACCESSORS.get(record.getClass())) {
                try {
                    visit(accessor.invoke(record), inner, severity, findings);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + accessor, e);
                }
            }
        }
    }

    private static String idOf(Record record, String otherwise) {
        try {
            Object id = ID.get(record.getClass()).invoke(record);
            return id instanceof String s ? s : otherwise;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the ID of " + record.getClass(), e);
        }
    }

    private static void check(Text text, String subject, Severity severity, Findings findings) {
        String draft = severity == Severity.WARNING ? "still to fill in: " : "";
        if (text.value() == null || text.value().isBlank()) {
            findings.report(severity, text.at(), subject, draft + "this text is empty",
                    severity == Severity.ERROR ? "a final plan has no empty fields: write it, or remove the key" : null);
            return;
        }
        String placeholder = Placeholders.find(text.value());
        if (placeholder != null) {
            findings.report(severity, text.at(), subject, draft + "`" + Excerpt.of(placeholder) + "` is a placeholder",
                    severity == Severity.ERROR ? "a final plan has no placeholders: write the real text" : null);
        }
    }
}
