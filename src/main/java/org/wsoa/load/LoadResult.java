package org.wsoa.load;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.model.Plan;

/**
 * What loading a plan directory gave: the plan (with nulls where a part could not be read), every
 * problem found in every file, and which files could not be read (so that checks of what they
 * hold stay silent rather than report their absence again).
 */
public record LoadResult(Plan plan, List<Diagnostic> diagnostics, Set<PlanFile> unreadable) {
    public LoadResult {
        diagnostics = List.copyOf(diagnostics);
        unreadable = unreadable.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(unreadable));
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
