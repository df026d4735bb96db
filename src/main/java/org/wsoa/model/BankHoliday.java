package org.wsoa.model;

/**
 * A bank holiday the plan's authors add to the England and Wales list, such as a one-off day
 * proclaimed after the list wsoa carries was made.
 */
public record BankHoliday(Dated date, Text name, SourceRef at) implements Located {
}
