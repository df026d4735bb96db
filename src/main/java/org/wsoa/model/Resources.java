package org.wsoa.model;

import java.util.List;

/**
 * The resources committed to the plan. {@code fundingStreams} are the funds that pay for items
 * besides the plan's organisations; {@code declaredTotals} are the totals per financial year as the
 * author wrote them, if any; rules check them against the items.
 */
public record Resources(List<FundingStream> fundingStreams, List<ResourceItem> items, List<Amount> declaredTotals,
                        SourceRef at) implements Located {
    public Resources {
        fundingStreams = List.copyOf(fundingStreams);
        items = List.copyOf(items);
        declaredTotals = List.copyOf(declaredTotals);
    }
}
