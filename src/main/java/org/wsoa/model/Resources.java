package org.wsoa.model;

import java.util.List;

/**
 * The resources committed to the plan. {@code declaredTotals} are the totals per financial year
 * as the author wrote them, if any; rules check them against the items.
 */
public record Resources(List<ResourceItem> items, List<Amount> declaredTotals, SourceRef at) implements Located {
    public Resources {
        items = List.copyOf(items);
        declaredTotals = List.copyOf(declaredTotals);
    }
}
