package org.wsoa.render;

import java.time.Duration;

/**
 * What a template may use, so that a council's template that loops for ever, recurses or builds a
 * huge text fails with a message instead of hanging wsoa or running it out of memory.
 *
 * @param time     how long one page may take to fill in
 * @param output   how many characters one page may have
 * @param depth    how deeply macro calls, includes and directives may nest
 */
public record TemplateLimits(Duration time, long output, int depth) {

    /** One minute, 32 million characters (about 100 times the largest example plan's page) and 200 levels. */
    public static final TemplateLimits DEFAULT = new TemplateLimits(Duration.ofSeconds(60), 32_000_000L, 200);

    public TemplateLimits {
        if (time.isNegative() || time.isZero() || output < 1 || depth < 1) {
            throw new IllegalArgumentException("template limits must be positive: " + time + ", " + output + ", " + depth);
        }
    }
}
