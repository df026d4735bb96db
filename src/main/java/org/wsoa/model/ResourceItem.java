package org.wsoa.model;

import java.util.List;

/**
 * One funded item (a post, a commission, a fund) with its cost in each financial year; or, while
 * its cost is still to be worked out, none, and {@code notYetCosted} (never a cost of £0).
 *
 * @param funder an organisation or a funding stream, by ID
 */
public record ResourceItem(String id, Text item, Ref funder, List<Amount> costs, boolean notYetCosted, SourceRef at)
        implements Located {
    public ResourceItem {
        costs = List.copyOf(costs);
    }
}
