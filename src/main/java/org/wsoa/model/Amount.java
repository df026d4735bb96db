package org.wsoa.model;

import java.math.BigDecimal;

/** A sum of money for one financial year ({@code 2021/22}: April 2021 to March 2022). */
public record Amount(String financialYear, BigDecimal value, SourceRef at) implements Located {

    /** A sum as British readers write it: "£98,750", or "£1,250.50" when there are pence. */
    public static String pounds(BigDecimal value) {
        java.text.NumberFormat format = java.text.NumberFormat.getCurrencyInstance(java.util.Locale.UK);
        int decimals = value.stripTrailingZeros().scale() > 0 ? 2 : 0;
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }
}
