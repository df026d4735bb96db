package org.wsoa.report;

import java.io.PrintWriter;
import java.util.List;
import org.wsoa.rules.Validation;

/** Writes the findings of one or more validated plans in one format. */
public interface Report {

    /**
     * Writes the report.
     *
     * @param failures       plan directories that could not be read at all, with the reason
     * @param strict         whether warnings fail
     */
    void write(List<Validation> validations, List<Unreadable> failures, boolean strict, PrintWriter out);

    /** A plan directory that could not be read, e.g. because it does not exist. */
    record Unreadable(String directory, String reason) {
    }
}
