package org.wsoa.model;

import java.util.List;

/**
 * How parents, carers, children and young people co-produced the plan.
 *
 * @param with the organisations that took part (the parent carer forum...), as IDs
 */
public record CoProduction(Text summary, List<Ref> with, SourceRef at) implements Located {
    public CoProduction {
        with = List.copyOf(with);
    }
}
