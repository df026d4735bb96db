package org.wsoa.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.wsoa.model.Action;
import org.wsoa.model.ActionStatus;
import org.wsoa.model.AreaRating;
import org.wsoa.model.Evidence;
import org.wsoa.model.Kpi;
import org.wsoa.model.KpiActual;
import org.wsoa.model.Measure;
import org.wsoa.model.ProgressReport;
import org.wsoa.model.ReviewMeeting;
import org.wsoa.model.Weakness;
import org.wsoa.resolve.ActionState;
import org.wsoa.resolve.KpiState;
import org.wsoa.resolve.PlanProgress;
import org.wsoa.resolve.ProgressChanges;
import org.wsoa.resolve.ResolvedPlan;
import org.wsoa.resolve.TrajectoryStanding;

/**
 * What a progress report says, selected once from the resolved plan as at its reporting point, for
 * every edition of the report (HTML, PDF, Markdown, JSON): the summary of each area, the actions
 * that need attention, are overdue, fall due soon or have had no update, every KPI against its
 * trajectory, the evidence, and what changed since the previous progress file. It selects and
 * orders; {@link org.wsoa.resolve.PlanProgress} has already worked the progress out.
 */
final class ReportContent {

    /** An action as the report shows it: in its area, with its state as at the reporting point. */
    record ActionLine(Action action, Weakness weakness, ActionState state) {
    }

    /** One area of weakness: its latest rating (or null) and its actions counted by status. */
    record AreaSummary(Weakness weakness, AreaRating rating, StatusCounts counts) {
    }

    /**
     * One KPI: its latest actual, the value its trajectory expects on that actual's date and on the
     * reporting point, and where the actual stands against it.
     *
     * @param latest        the latest actual, or null when none has been reported
     * @param expected      the trajectory's value on the latest actual's date, or null
     * @param expectedAsAt  the trajectory's value on the reporting point, or null
     * @param standing      on or behind trajectory, or null when it cannot be judged
     */
    record KpiLine(Kpi kpi, Weakness weakness, KpiState state, KpiActual latest, BigDecimal expected,
                   BigDecimal expectedAsAt, TrajectoryStanding standing) {
    }

    /** A piece of evidence with the action it was reported for. */
    record EvidenceLine(Evidence evidence, Action action) {
    }

    /** The evidence of one area of weakness, in date order. */
    record EvidenceGroup(Weakness weakness, List<EvidenceLine> items) {
    }

    final ResolvedPlan plan;
    final ReportOptions options;
    final LocalDate asOf;
    final LocalDate aheadUntil;
    final ProgressReport latest;
    final ReviewMeeting nextReview;
    final StatusCounts total = new StatusCounts();
    final List<AreaSummary> areas = new ArrayList<>();
    final List<ActionLine> attention = new ArrayList<>();
    final List<ActionLine> overdue = new ArrayList<>();
    final List<ActionLine> dueSoon = new ArrayList<>();
    final List<ActionLine> notUpdated = new ArrayList<>();
    final List<KpiLine> kpis = new ArrayList<>();
    final List<EvidenceGroup> evidence = new ArrayList<>();
    final ProgressChanges changes;

    private ReportContent(ResolvedPlan plan, ReportOptions options) {
        this.plan = plan;
        this.options = options;
        PlanProgress progress = plan.progress();
        this.asOf = progress.asOf();
        this.aheadUntil = asOf.plus(options.ahead());
        this.latest = progress.latest();
        this.changes = progress.changes();
        this.nextReview = progress.reviews().stream().filter(m -> m.date().date().isAfter(asOf)).findFirst()
                .orElse(null);
        for (Weakness weakness : plan.plan().weaknesses()) {
            StatusCounts counts = new StatusCounts();
            List<EvidenceLine> items = new ArrayList<>();
            for (Action action : weakness.actions()) {
                ActionState state = progress.action(action);
                if (state == null) {
                    continue;
                }
                counts.add(state.status());
                total.add(state.status());
                select(new ActionLine(action, weakness, state));
                state.evidence().forEach(e -> items.add(new EvidenceLine(e, action)));
            }
            areas.add(new AreaSummary(weakness, progress.area(weakness), counts));
            items.sort(Comparator.comparing(e -> e.evidence().date() == null ? LocalDate.MIN
                    : e.evidence().date().date()));
            if (!items.isEmpty()) {
                evidence.add(new EvidenceGroup(weakness, items));
            }
            for (Kpi kpi : weakness.kpis()) {
                KpiLine line = kpi(kpi, weakness, progress.kpi(kpi));
                if (line != null && (!options.exceptionsOnly() || line.standing() == TrajectoryStanding.BEHIND)) {
                    kpis.add(line);
                }
            }
        }
    }

    /** The report's content for the plan as at its reporting point, which it must have. */
    static ReportContent of(ResolvedPlan plan, ReportOptions options) {
        if (!plan.progress().isRecorded()) {
            throw new IllegalArgumentException("a progress report needs a reporting point");
        }
        return new ReportContent(plan, options);
    }

    private void select(ActionLine line) {
        ActionState state = line.state();
        if (state.status() == ActionStatus.AT_RISK || state.status() == ActionStatus.OFF_TRACK) {
            attention.add(line);
        }
        if (state.isOverdueOn(asOf)) {
            overdue.add(line);
        } else if (!state.isComplete() && state.due() != null && !state.due().date().isAfter(aheadUntil)
                && !state.due().date().isBefore(asOf)) {
            dueSoon.add(line);
        }
        if (isUnreported(line)) {
            notUpdated.add(line);
        }
    }

    /**
     * Whether an action under way was left out of the latest progress file: not complete before it,
     * started by the reporting point, and with nothing said of it in that file.
     */
    private boolean isUnreported(ActionLine line) {
        ActionState state = line.state();
        LocalDate start = line.action().start() == null ? null : line.action().start().date();
        if (state.isComplete() || start != null && start.isAfter(asOf)) {
            return false;
        }
        return latest == null || state.lastReported() == null || state.lastReported().isBefore(latest.date().date());
    }

    private KpiLine kpi(Kpi kpi, Weakness weakness, KpiState state) {
        if (state == null) {
            return null;
        }
        KpiActual latestActual = state.latest();
        BigDecimal expected = latestActual == null ? null : state.trajectory().valueAt(latestActual.date().date());
        return new KpiLine(kpi, weakness, state, latestActual, expected, state.trajectory().valueAt(asOf),
                latestActual == null ? null : state.standing(latestActual));
    }

    /** The progress file's path from the plan's folder: {@code progress/2022-06-30.yaml}. */
    String fileInPlan(ProgressReport file) {
        String dir = plan.plan().directory();
        String path = file.file();
        return dir != null && path.startsWith(dir + "/") ? path.substring(dir.length() + 1)
                : path.substring(Math.max(0, path.lastIndexOf("progress/")));
    }

    /** Whether the report has anything to show in exception: at risk, off track, overdue or behind trajectory. */
    boolean hasExceptions() {
        return !attention.isEmpty() || !overdue.isEmpty()
                || kpis.stream().anyMatch(k -> k.standing() == TrajectoryStanding.BEHIND);
    }

    /** The KPIs behind their trajectory. */
    List<KpiLine> kpisBehind() {
        return kpis.stream().filter(k -> k.standing() == TrajectoryStanding.BEHIND).toList();
    }

    /**
     * A value the trajectory expects, which lies on a line between two milestones, rounded to one
     * decimal place more than the KPI's own figures have (and at least one): 38.5, not 38.4857...
     */
    static BigDecimal rounded(BigDecimal expected, Kpi kpi) {
        int scale = 0;
        List<Measure> measures = new ArrayList<>(kpi.trajectory());
        measures.add(kpi.baseline());
        measures.add(kpi.target());
        for (Measure measure : measures) {
            if (measure != null && measure.value() != null) {
                scale = Math.max(scale, measure.value().stripTrailingZeros().scale());
            }
        }
        return expected.setScale(Math.max(1, scale + 1), RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
