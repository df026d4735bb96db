package org.wsoa.model;

import java.util.List;

/**
 * Where and when the plan was published, and to whom copies were sent.
 *
 * @param link         the web address of the published plan, as written
 * @param copiesSentTo the bodies sent a copy, in the order written
 */
public record PlanPublication(Dated date, Text link, List<CopyRecipient> copiesSentTo, SourceRef at)
        implements Located {
    public PlanPublication {
        copiesSentTo = List.copyOf(copiesSentTo);
    }
}
