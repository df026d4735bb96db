package org.wsoa.rules;

import java.util.Map;
import java.util.TreeMap;

/**
 * The numbers that rules compare against, with their defaults, which a plan can replace in
 * {@code plan.yaml} under {@code validation: limits:}.
 */
public final class Limits {

    /** Most actions one person should lead before the load looks unrealistic. */
    public static final String MAX_ACTIONS_PER_LEAD = "max-actions-per-lead";
    /** Most KPIs per weakness in an APP, which the DfE asks to keep limited. */
    public static final String MAX_KPIS_PER_WEAKNESS = "max-kpis-per-weakness";
    /** Length of the delivery period in months, when the plan does not give one. */
    public static final String PLAN_MONTHS = "plan-months";

    static final Map<String, Integer> DEFAULTS = Map.of(
            MAX_ACTIONS_PER_LEAD, 8,
            MAX_KPIS_PER_WEAKNESS, 4,
            PLAN_MONTHS, 18);

    private final Map<String, Integer> values = new TreeMap<>(DEFAULTS);

    Limits(Map<String, Integer> overrides) {
        values.putAll(overrides);
    }

    public int get(String name) {
        return values.get(name);
    }

    /** The names a plan may set. */
    public static java.util.Set<String> names() {
        return new java.util.TreeSet<>(DEFAULTS.keySet());
    }
}
