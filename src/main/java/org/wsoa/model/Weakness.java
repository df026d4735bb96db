package org.wsoa.model;

import java.util.List;

/**
 * An area of significant weakness (or, under the 2023 framework, an area for priority action or for
 * improvement), as one file under {@code weaknesses/}: the inspectors' finding, what the area
 * intends, how success is judged and the actions that address it.
 *
 * @param lead      the person who leads the work on the area, or null
 * @param board     the workstream board that oversees it (a board's ID), or null
 * @param undecided the dates and numbers in the file still to decide, written as placeholders
 * @param file      the file it was read from
 */
public record Weakness(String id, Text title, Text finding, Text intent, List<SuccessCriterion> successCriteria,
                       List<Kpi> kpis, List<Text> qualitativeEvidence, List<Contribution> contributions,
                       List<Action> actions, Ref lead, Ref board, List<Undecided> undecided, String file, SourceRef at)
        implements Located {
    public Weakness {
        successCriteria = List.copyOf(successCriteria);
        kpis = List.copyOf(kpis);
        qualitativeEvidence = List.copyOf(qualitativeEvidence);
        contributions = List.copyOf(contributions);
        actions = List.copyOf(actions);
        undecided = List.copyOf(undecided);
    }
}
