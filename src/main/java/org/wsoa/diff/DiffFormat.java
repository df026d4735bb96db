package org.wsoa.diff;

import java.io.PrintWriter;

/** One way of writing a diff: plain text, Markdown for a board paper, JSON for scripts. */
public interface DiffFormat {

    /** Writes the diff, or that there are no changes. */
    void write(PlanDiff diff, PrintWriter out);
}
