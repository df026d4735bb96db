package org.wsoa.load;

import java.math.BigDecimal;

/**
 * Numbers as plans write them: decimal, finite, and of a size a plan has a use for. YAML also reads
 * {@code .nan}, {@code .inf}, {@code 0x1F} and {@code 1e999999999} as numbers; none of them is a
 * figure in a plan, and the last would take gigabytes to print in full, so each is refused where it
 * is written instead of failing later.
 */
final class Numbers {

    /** What a number must be, for the message when one is written but out of range. */
    static final String IN_RANGE = "a number of at most " + InputLimits.MAX_INTEGER_DIGITS
            + " digits before the decimal point and " + InputLimits.MAX_DECIMAL_PLACES + " after";

    private static final int MAX_WRITTEN_LENGTH = 40;

    private Numbers() {
    }

    /** Whether YAML read {@code node} as a number, in range or not. */
    static boolean isWritten(Node node) {
        return node instanceof Node.Scalar s && s.type() == Node.ScalarType.NUMBER;
    }

    /** The value of a number node within the limits, or null for anything else. */
    static BigDecimal parse(Node node) {
        if (!isWritten(node)) {
            return null;
        }
        String text = ((Node.Scalar) node).text().replace("_", "");
        // Longer than any number in range could reasonably be written: never handed to BigDecimal,
        // whose work on a long run of digits grows faster than the run.
        if (text.length() > MAX_WRITTEN_LENGTH) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // BigDecimal would also take other digits than 0 to 9; a plan's figures are written in these.
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return null;
            }
        }
        BigDecimal number;
        try {
            number = new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
        if (number.signum() == 0) {
            return number.setScale(Math.max(0, Math.min(number.scale(), InputLimits.MAX_DECIMAL_PLACES)));
        }
        // Digits before the point and after it, worked out without writing the number out in full.
        long integerDigits = (long) number.precision() - number.scale();
        BigDecimal stripped = number.stripTrailingZeros();
        if (integerDigits > InputLimits.MAX_INTEGER_DIGITS || stripped.scale() > InputLimits.MAX_DECIMAL_PLACES) {
            return null;
        }
        return number;
    }
}
