package org.wsoa.model;

/**
 * A named person who can lead actions, own KPIs or chair boards.
 *
 * @param contact their email address and telephone number, or null
 */
public record Person(String id, Text name, Text role, Ref organisation, Contact contact, SourceRef at)
        implements Located {
}
