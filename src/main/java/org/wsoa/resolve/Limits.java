package org.wsoa.resolve;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.wsoa.model.LimitSetting;

/**
 * The numbers that checks compare against, with their defaults, which a plan can replace in
 * {@code plan.yaml} under {@code validation: limits:}. They are wsoa's guidance, not the DfE's.
 */
public final class Limits {

    /** Most actions one person should lead before the load looks unrealistic. */
    public static final String MAX_ACTIONS_PER_LEAD = "max-actions-per-lead";
    /** Most KPIs per area in a plan whose kind the DfE asks to keep them limited. */
    public static final String MAX_KPIS_PER_WEAKNESS = "max-kpis-per-weakness";
    /** Length of the delivery period in months, when the plan does not give one. */
    public static final String PLAN_MONTHS = "plan-months";

    static final Map<String, Integer> DEFAULTS = Map.of(
            MAX_ACTIONS_PER_LEAD, 8,
            MAX_KPIS_PER_WEAKNESS, 4,
            PLAN_MONTHS, 18);

    private final Map<String, Integer> values = new TreeMap<>(DEFAULTS);

    /** The defaults, with the plan's own settings of the limits that exist. */
    public Limits(Iterable<LimitSetting> settings) {
        for (LimitSetting setting : settings) {
            if (DEFAULTS.containsKey(setting.name())) {
                values.put(setting.name(), setting.value());
            }
        }
    }

    public int get(String name) {
        return values.get(name);
    }

    /** The names a plan may set. */
    public static Set<String> names() {
        return new TreeSet<>(DEFAULTS.keySet());
    }
}
