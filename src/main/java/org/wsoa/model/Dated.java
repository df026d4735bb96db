package org.wsoa.model;

import java.time.LocalDate;

/** A date as the author wrote it, with its location. */
public record Dated(LocalDate date, SourceRef at) implements Located {
    @Override
    public String toString() {
        return date.toString();
    }
}
