package org.wsoa.cli;

import java.time.Duration;
import java.util.Map;
import org.wsoa.render.TemplateLimits;

/**
 * {@code wsoa build --template-limit KEY=VALUE}: raises (or lowers) one of the limits that a
 * council's templates run within: {@code time} in seconds per page, {@code output} in characters
 * per page, {@code depth} in levels of nesting.
 */
final class TemplateLimitOption {

    static final String NAME = "--template-limit";

    private TemplateLimitOption() {
    }

    /** A value given that is not one wsoa can use; the message says what is. */
    static final class BadLimitException extends Exception {
        private static final long serialVersionUID = 1L;

        BadLimitException(String message) {
            super(message, null, false, false);
        }
    }

    /** The default limits with those given replacing them. */
    static TemplateLimits read(Map<String, String> given) throws BadLimitException {
        TemplateLimits limits = TemplateLimits.DEFAULT;
        long seconds = limits.time().toSeconds();
        long output = limits.output();
        long depth = limits.depth();
        for (Map.Entry<String, String> limit : given.entrySet()) {
            switch (limit.getKey()) {
                case "time" -> seconds = number(limit, 1, 3_600, "seconds");
                case "output" -> output = number(limit, 1_000, 1_000_000_000, "characters");
                case "depth" -> depth = number(limit, 10, 10_000, "levels");
                default -> throw new BadLimitException(NAME + " takes time, output or depth (not `"
                        + limit.getKey() + "`)");
            }
        }
        return new TemplateLimits(Duration.ofSeconds(seconds), output, (int) depth);
    }

    private static long number(Map.Entry<String, String> limit, long least, long most, String unit)
            throws BadLimitException {
        String text = limit.getValue() == null ? "" : limit.getValue().strip();
        long value = -1;
        if (!text.isEmpty() && text.length() <= 10 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            value = Long.parseLong(text);
        }
        if (value < least || value > most) {
            throw new BadLimitException(NAME + " " + limit.getKey() + " must be a whole number of " + unit + " from "
                    + least + " to " + most + " (not `" + text + "`)");
        }
        return value;
    }
}
