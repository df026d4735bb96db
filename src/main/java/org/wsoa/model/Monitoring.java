package org.wsoa.model;

import java.util.List;

/**
 * One line of the monitoring schedule: what is reported, to whom (board or organisation IDs),
 * how often, and by whom.
 */
public record Monitoring(Text what, List<Ref> to, Text frequency, Ref by, SourceRef at) implements Located {
    public Monitoring {
        to = List.copyOf(to);
    }
}
