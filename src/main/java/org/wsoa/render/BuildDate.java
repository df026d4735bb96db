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

    public static Instant of(Plan plan, String sourceDateEpoch) throws RenderException {
        if (sourceDateEpoch != null && !sourceDateEpoch.isBlank()) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip()));
            } catch (NumberFormatException e) {
                throw new RenderException("SOURCE_DATE_EPOCH must be a whole number of seconds, not `" + sourceDateEpoch + "`");
            }
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
}
