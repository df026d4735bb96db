package org.wsoa.resolve;

import java.time.LocalDate;
import java.util.List;
import org.wsoa.model.ActionProgress;
import org.wsoa.model.ActionStatus;
import org.wsoa.model.Dated;
import org.wsoa.model.Evidence;
import org.wsoa.model.RevisedDue;
import org.wsoa.model.SourceRef;
import org.wsoa.model.Text;

/**
 * An action as at a reporting point, from every progress file up to it: what the latest of them
 * says of each part, with the dates, and the whole history.
 *
 * @param status       the latest status, or null when no file has given one
 * @param statusDate   the date of the progress file that gave it
 * @param statusAt     where that status was written
 * @param completed    the day it was completed, as the latest file that says so has it
 * @param originalDue  the due date in the plan as agreed
 * @param revisedDue   the latest revised due date, or null when it was never moved
 * @param update       the latest update, in Markdown
 * @param lastReported the date of the latest progress file that says anything of it, or null
 * @param evidence     every piece of evidence, in the order reported
 * @param history      what each progress file said of it, oldest first
 */
public record ActionState(String actionId, ActionStatus status, LocalDate statusDate, SourceRef statusAt,
                          Dated completed, Dated originalDue, RevisedDue revisedDue, Text update, LocalDate lastReported,
                          List<Evidence> evidence, List<Entry> history) {

    /** What one progress file, as at {@code date}, said of the action. */
    public record Entry(LocalDate date, String file, ActionProgress progress) {
    }

    public ActionState {
        evidence = List.copyOf(evidence);
        history = List.copyOf(history);
    }

    /** The date it is now due: the revised due date, when there is one, else the original. */
    public Dated due() {
        return revisedDue != null && revisedDue.date() != null ? revisedDue.date() : originalDue;
    }

    public boolean isComplete() {
        return status != null && status.isComplete();
    }

    /** Past its (revised) due date on {@code date} and not complete. */
    public boolean isOverdueOn(LocalDate date) {
        Dated due = due();
        return !isComplete() && due != null && due.date().isBefore(date);
    }
}
