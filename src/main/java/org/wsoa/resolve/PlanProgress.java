package org.wsoa.resolve;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.wsoa.model.Action;
import org.wsoa.model.AreaRating;
import org.wsoa.model.Frequency;
import org.wsoa.model.Kpi;
import org.wsoa.model.ProgressReport;
import org.wsoa.model.ReviewMeeting;
import org.wsoa.model.Risk;
import org.wsoa.model.RiskReview;
import org.wsoa.model.Weakness;

/**
 * The plan's progress as at one reporting point, worked out once from the progress files dated on
 * or before it: each action's state, each KPI's actuals against its trajectory, the latest rating
 * of each area and each risk, and the review meetings. Files dated after it are left out, as if not
 * yet written.
 *
 * <p>The reporting point is the date of the latest progress file, or the date asked for
 * ({@code --as-of}); a plan without progress files, and with no date asked for, has none, and
 * {@link #isRecorded()} is false: it is the plan as agreed.
 */
public final class PlanProgress {

    private final LocalDate asOf;
    private final List<ProgressReport> reports;
    private final Map<String, ActionState> actions;
    private final Map<String, KpiState> kpis;
    private final Map<String, AreaRating> areas;
    private final Map<String, RiskReview> risks;
    private final List<ReviewMeeting> reviews;
    private final Frequency cadence;
    private final ProgressChanges changes;

    PlanProgress(LocalDate asOf, List<ProgressReport> reports, Map<String, ActionState> actions,
                 Map<String, KpiState> kpis, Map<String, AreaRating> areas, Map<String, RiskReview> risks,
                 List<ReviewMeeting> reviews, Frequency cadence, ProgressChanges changes) {
        this.asOf = asOf;
        this.reports = List.copyOf(reports);
        this.actions = Map.copyOf(actions);
        this.kpis = Map.copyOf(kpis);
        this.areas = Map.copyOf(areas);
        this.risks = Map.copyOf(risks);
        this.reviews = List.copyOf(reviews);
        this.cadence = cadence;
        this.changes = changes;
    }

    /** The reporting point, or null for a plan with no progress recorded. */
    public LocalDate asOf() {
        return asOf;
    }

    /** Whether there is a reporting point: some progress file, or a date asked for. */
    public boolean isRecorded() {
        return asOf != null;
    }

    /** The progress files up to the reporting point, oldest first. */
    public List<ProgressReport> reports() {
        return reports;
    }

    /** The latest progress file up to the reporting point, or null. */
    public ProgressReport latest() {
        return reports.isEmpty() ? null : reports.get(reports.size() - 1);
    }

    /** The action's state; an action no file mentions has no status, and its original due date. */
    public ActionState action(Action action) {
        return action == null || action.id() == null ? null : actions.get(action.id());
    }

    /** The KPI's actuals, trajectory and missed periods. */
    public KpiState kpi(Kpi kpi) {
        return kpi == null || kpi.id() == null ? null : kpis.get(kpi.id());
    }

    /** The latest rating of the area of weakness, or null when none has been given. */
    public AreaRating area(Weakness weakness) {
        return weakness == null || weakness.id() == null ? null : areas.get(weakness.id());
    }

    /** The latest review of the risk, or null when it has not been scored again since the plan. */
    public RiskReview risk(Risk risk) {
        return risk == null || risk.id() == null ? null : risks.get(risk.id());
    }

    /**
     * The review meetings, in date order; a meeting named by several files (planned in one, its
     * outcome in the next) is given as the latest file has it.
     */
    public List<ReviewMeeting> reviews() {
        return reviews;
    }

    /**
     * How often the board that oversees the plan meets, from its {@code meets:}; null when its
     * words are not a frequency wsoa knows. No action should go longer than this without an update.
     */
    public Frequency cadence() {
        return cadence;
    }

    /** What the latest progress file up to the reporting point changed, against the files before it. */
    public ProgressChanges changes() {
        return changes;
    }
}
