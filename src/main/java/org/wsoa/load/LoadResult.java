package org.wsoa.load;

import java.util.List;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.model.Plan;

/**
 * What loading a plan directory gave: the plan (with nulls where a part could not be read) and
 * every problem found in every file.
 */
public record LoadResult(Plan plan, List<Diagnostic> diagnostics) {
    public LoadResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
