package org.wsoa.model;

import java.util.List;

/**
 * What one progress file says of one action. Every part is optional: a file may only add evidence,
 * or only move the due date; what it leaves out stays as the files before it said.
 *
 * @param action     the action's ID, as the block's key
 * @param statusAt   where the status was written, or null when the block gives none
 * @param completed  the day it was completed
 * @param update     what has happened since the last report, in Markdown
 */
public record ActionProgress(Ref action, ActionStatus status, SourceRef statusAt, Dated completed, RevisedDue revisedDue,
                             Text update, List<Evidence> evidence, SourceRef at) implements Located {
    public ActionProgress {
        evidence = List.copyOf(evidence);
    }
}
