package org.wsoa.verify;

import java.util.List;
import java.util.stream.Collectors;

/** The problems found in one PDF edition, in the order the checks found them. */
public record Verification(List<Problem> problems) {

    public Verification {
        problems = List.copyOf(problems);
    }

    /** Whether nothing was found. */
    public boolean ok() {
        return problems.isEmpty();
    }

    /** The problems of one kind. */
    public List<Problem> of(Problem.Kind kind) {
        return problems.stream().filter(p -> p.kind() == kind).toList();
    }

    /** The problems one a line, at most {@code limit} of them, then how many more. */
    public String summary(int limit) {
        String shown = problems.stream().limit(limit).map(Problem::toString).collect(Collectors.joining("\n"));
        return problems.size() > limit ? shown + "\n... and " + (problems.size() - limit) + " more" : shown;
    }
}
