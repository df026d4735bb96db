package org.wsoa.model;

/**
 * How to reach a person or the plan's authors: an email address, a telephone number, or both, as
 * written. Their shape is checked by the {@code contact} check.
 *
 * @param name  who answers, for the plan's own contact ("SEND Improvement Team"), or null
 */
public record Contact(Text name, Text email, Text phone, SourceRef at) implements Located {
}
