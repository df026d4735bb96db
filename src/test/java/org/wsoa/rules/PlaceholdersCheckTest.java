package org.wsoa.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wsoa.load.PlanLoader;
import org.wsoa.model.Plan;

/**
 * The placeholders check reads the model's records by their fields, not their accessors: that is
 * the same only while every accessor returns its field. Checked on the plan that uses every field,
 * for every record the check walks through.
 */
class PlaceholdersCheckTest {

    @Test
    void everyRecordTheCheckWalksReturnsItsFieldsFromItsAccessors() throws Exception {
        Plan plan = PlanLoader.load(Path.of("src/test/resources/plans/every-field")).plan();
        Set<Class<?>> seen = new HashSet<>();
        walk(plan, seen);
        assertThat(seen).as("the walk reaches the model's records").contains(Plan.class, org.wsoa.model.Action.class,
                org.wsoa.model.Kpi.class, org.wsoa.model.Text.class);
    }

    private static void walk(Object value, Set<Class<?>> seen) throws Exception {
        if (value instanceof List<?> list) {
            for (Object item : list) {
                walk(item, seen);
            }
        } else if (value instanceof Record record) {
            seen.add(record.getClass());
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                Object byAccessor = component.getAccessor().invoke(record);
                Object byField = PlaceholdersCheck.field(record.getClass(), component).get(record);
                if (component.getType().isPrimitive()) {
                    assertThat(byField).as(record.getClass().getSimpleName() + "." + component.getName()).isEqualTo(byAccessor);
                } else {
                    assertThat(byField).as(record.getClass().getSimpleName() + "." + component.getName()).isSameAs(byAccessor);
                }
            }
            for (java.lang.reflect.Field field : PlaceholdersCheck.FIELDS.get(record.getClass())) {
                walk(field.get(record), seen);
            }
        }
    }
}
