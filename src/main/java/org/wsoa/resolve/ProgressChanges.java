package org.wsoa.resolve;

import java.util.List;
import org.wsoa.model.AreaRating;
import org.wsoa.model.KpiActual;
import org.wsoa.model.OverallRating;
import org.wsoa.model.ProgressReport;
import org.wsoa.model.RevisedDue;
import org.wsoa.model.Weakness;

/**
 * What the latest progress file up to the reporting point changed, against the files before it:
 * the actions it completed, moved to another status or gave a new due date; the areas it rated
 * differently; the KPI actuals it added. A board reads this as "since we last met".
 *
 * @param previous the progress file before the latest, or null when the latest is the first
 * @param latest   the latest progress file up to the reporting point, or null when there is none
 */
public record ProgressChanges(ProgressReport previous, ProgressReport latest, List<ActionChange> actions,
                              List<AreaChange> areas, List<KpiActual> actuals) {

    public ProgressChanges {
        actions = List.copyOf(actions);
        areas = List.copyOf(areas);
        actuals = List.copyOf(actuals);
    }

    /** No progress file, so nothing has changed. */
    static final ProgressChanges NONE = new ProgressChanges(null, null, List.of(), List.of(), List.of());

    /** Whether there is an earlier file to compare the latest with. */
    public boolean hasPrevious() {
        return previous != null;
    }

    /**
     * One action the latest file said something new of: as the files before it left the action, and
     * as it is now.
     */
    public record ActionChange(ActionState before, ActionState after) {

        /** Complete now, and not before. */
        public boolean isNewlyComplete() {
            return after.isComplete() && !before.isComplete();
        }

        /** Its status moved, other than to complete from not complete ({@link #isNewlyComplete}). */
        public boolean isStatusChange() {
            return after.status() != null && after.status() != before.status() && !isNewlyComplete();
        }

        /** The due date the latest file agreed, or null when it did not move the date. */
        public RevisedDue newRevisedDue() {
            RevisedDue now = after.revisedDue();
            RevisedDue was = before.revisedDue();
            boolean moved = now != null && now.date() != null
                    && (was == null || was.date() == null || !was.date().date().equals(now.date().date()));
            return moved ? now : null;
        }
    }

    /** An area of weakness the latest file rated differently from the files before it. */
    public record AreaChange(Weakness weakness, OverallRating before, AreaRating after) {
    }
}
