package org.wsoa.diff;

/**
 * One field of one element, before and after. For an element added or removed, it is one of the
 * details that describe it, with only one side; members added or removed have one side too.
 *
 * @param before the old value, or null when there was none
 * @param after  the new value, or null when there is none
 */
public record FieldChange(Field field, Value before, Value after) {
}
