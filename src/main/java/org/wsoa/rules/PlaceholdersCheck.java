package org.wsoa.rules;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsoa.diagnostic.Severity;
import org.wsoa.model.Plan;
import org.wsoa.model.PlanStatus;
import org.wsoa.model.Text;

/**
 * A final plan has no placeholder text (TBC, TBD, XXX, ???, [insert ...]) and no empty text. In a
 * draft the same findings are warnings: the list of what is still to fill in.
 */
final class PlaceholdersCheck extends AbstractRule {

    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\b(?:TBC|TBD|TBA)\\b|\\bXXX+\\b|\\?\\?\\?+|\\[\\s*insert\\b[^\\]]*\\]", Pattern.CASE_INSENSITIVE);

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

    PlaceholdersCheck() {
        super("placeholders", Severity.ERROR, "A final plan has no placeholder or empty text (warnings in a draft).");
    }

    @Override
    public void check(Plan plan, Findings findings) {
        Severity severity = plan.status() == PlanStatus.DRAFT ? Severity.WARNING : Severity.ERROR;
        visit(plan, severity, findings);
    }

    /** Walks the model's records and lists, checking every piece of text the authors wrote. */
    private static void visit(Object value, Severity severity, Findings findings) {
        if (value instanceof Text text) {
            check(text, severity, findings);
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                visit(item, severity, findings);
            }
        } else if (value instanceof Record record) {
            for (Method accessor : ACCESSORS.get(record.getClass())) {
                try {
                    visit(accessor.invoke(record), severity, findings);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + accessor, e);
                }
            }
        }
    }

    private static void check(Text text, Severity severity, Findings findings) {
        String draft = severity == Severity.WARNING ? "still to fill in: " : "";
        if (text.value() == null || text.value().isBlank()) {
            findings.report(severity, text.at(), null, draft + "this text is empty",
                    severity == Severity.ERROR ? "a final plan has no empty fields: write it, or remove the key" : null);
            return;
        }
        Matcher matcher = PLACEHOLDER.matcher(text.value());
        if (matcher.find()) {
            findings.report(severity, text.at(), null, draft + "`" + matcher.group() + "` is a placeholder",
                    severity == Severity.ERROR ? "a final plan has no placeholders: write the real text" : null);
        }
    }
}
