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
 *
 * @param unreadable      the parts of the plan that are missing or could not be read, whole or in part
 * @param unreadableFiles the paths of those files, as findings locate them: a file that does not
 *                        parse yields its own finding only, so no rule reports what it seems to lack
 */
public record LoadResult(Plan plan, List<Diagnostic> diagnostics, Set<PlanFile> unreadable,
                         Set<String> unreadableFiles) {
    public LoadResult {
        diagnostics = List.copyOf(diagnostics);
        unreadable = unreadable.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(unreadable));
        unreadableFiles = Set.copyOf(unreadableFiles);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
