package org.wsoa.model;

import java.util.List;

/** One funded item (a post, a commission, a fund) with its cost in each financial year. */
public record ResourceItem(String id, Text item, Ref funder, List<Amount> costs, SourceRef at) implements Located {
    public ResourceItem {
        costs = List.copyOf(costs);
    }
}
