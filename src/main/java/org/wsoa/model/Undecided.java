package org.wsoa.model;

/**
 * A date or number that the authors have still to decide, written as a placeholder where the value
 * belongs ({@code due: "[insert the new due date]"}): the field reads as absent, and the placeholder
 * is listed with what is still to fill in (a warning in a draft, an error in a final plan).
 *
 * @param subject the ID of the element it belongs to (an action, a KPI), or {@code plan}
 * @param what    the element in words, as messages name it ("action W1.1")
 * @param text    the placeholder as written, with where
 */
public record Undecided(String subject, String what, Text text) implements Located {
    @Override
    public SourceRef at() {
        return text.at();
    }
}
