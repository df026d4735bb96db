package org.wsoa.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.wsoa.model.Approval;
import org.wsoa.model.Dated;
import org.wsoa.model.Plan;

/**
 * The date written into a published PDF: SOURCE_DATE_EPOCH when the build sets it (the
 * reproducible-builds convention), else the latest date the plan itself records (its last
 * approval, submission or report). Never the clock, so the same plan gives the same file.
 */
public final class BuildDate {

    private BuildDate() {
    }

    /** The latest SOURCE_DATE_EPOCH a PDF can record: the end of 9999, since PDF dates have four-digit years. */
    static final long LATEST = 253_402_300_799L;

    public static Instant of(Plan plan, String sourceDateEpoch) throws RenderException {
        if (sourceDateEpoch != null && !sourceDateEpoch.isBlank()) {
            return fromEpoch(sourceDateEpoch);
        }
        List<Dated> dates = new ArrayList<>();
        dates.add(plan.submitted());
        plan.approvals().stream().map(Approval::date).forEach(dates::add);
        if (plan.inspection() != null) {
            dates.add(plan.inspection().reportReceived());
        }
        if (plan.revisit() != null) {
            dates.add(plan.revisit().inspection().reportReceived());
        }
        LocalDate latest = dates.stream().filter(d -> d != null).map(Dated::date).max(LocalDate::compareTo)
                .orElse(LocalDate.EPOCH);
        return latest.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant fromEpoch(String sourceDateEpoch) throws RenderException {
        String text = sourceDateEpoch.strip();
        String problem = "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 (UTC), from 0 to "
                + LATEST + " (the end of 9999), not `" + excerpt(sourceDateEpoch) + "`";
        // Digits only: Long.parseLong would also take a sign and non-ASCII digits.
        if (text.isEmpty() || text.length() > 12 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new RenderException(problem);
        }
        long seconds = Long.parseLong(text);
        if (seconds > LATEST) {
            throw new RenderException(problem);
        }
        return Instant.ofEpochSecond(seconds);
    }

    private static String excerpt(String text) {
        return text.length() <= 30 ? text : text.substring(0, 30) + "...";
    }
}
