package org.wsoa.model;

import java.util.List;

/**
 * One progress file, {@code progress/YYYY-MM-DD.yaml}: the plan's progress as at its date. The plan
 * as agreed stays as it was; each reporting point adds a file, so that git shows who reported what
 * and when. Blocks are keyed by the ID they are about, in any order.
 *
 * @param date  the date it reports as at, as the file says (its name says it too)
 * @param file  the file it was read from
 */
public record ProgressReport(Dated date, List<ActionProgress> actions, List<KpiActual> actuals, List<AreaRating> areas,
                             List<RiskReview> risks, List<ReviewMeeting> reviews, String file, SourceRef at)
        implements Located {
    public ProgressReport {
        actions = List.copyOf(actions);
        actuals = List.copyOf(actuals);
        areas = List.copyOf(areas);
        risks = List.copyOf(risks);
        reviews = List.copyOf(reviews);
    }
}
