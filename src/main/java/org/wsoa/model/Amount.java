package org.wsoa.model;

import java.math.BigDecimal;

/** A sum of money for one financial year ({@code 2021/22}: April 2021 to March 2022). */
public record Amount(String financialYear, BigDecimal value, SourceRef at) implements Located {
}
