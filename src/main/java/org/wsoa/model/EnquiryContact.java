package org.wsoa.model;

/**
 * The plan's contact for enquiries ({@code contact:} in plan.yaml), published on the page: a person
 * of people.yaml, whose own {@code contact} is used, or an address written in place.
 *
 * @param person  the person named, or null when {@code address} is written instead
 * @param address the address written in plan.yaml, or null when a person is named
 */
public record EnquiryContact(Ref person, Contact address, SourceRef at) implements Located {
}
