package org.wsoa.model;

import java.util.List;

/**
 * The revisit that led to an Accelerated Progress Plan: when it took place and its judgement on
 * each weakness. An APP covers exactly the weaknesses judged {@link Progress#NOT_SUFFICIENT}.
 */
public record Revisit(Inspection inspection, List<Judgement> judgements, SourceRef at) implements Located {
    public Revisit {
        judgements = List.copyOf(judgements);
    }
}
