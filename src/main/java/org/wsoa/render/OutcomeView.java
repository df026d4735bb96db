package org.wsoa.render;

import static org.wsoa.render.PlanView.date;
import static org.wsoa.render.PlanView.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wsoa.calendar.BritishDates;
import org.wsoa.model.AreaTerm;
import org.wsoa.model.ReportedArea;
import org.wsoa.resolve.FollowUp;
import org.wsoa.resolve.ResolvedPlan;

/**
 * Under the 2023 framework, the inspection's outcome as templates see it: the handbook's words, the
 * areas the report names (linked to the plan's sections for them) and the inspections that follow.
 */
final class OutcomeView {

    private OutcomeView() {
    }

    /** The outcome's data, or null for a plan under the 2016 framework. */
    static Map<String, Object> of(ResolvedPlan resolved) {
        FollowUp followUp = resolved.followUp();
        if (followUp.outcome() == null) {
            return null;
        }
        List<ReportedArea> areas = resolved.plan().inspection() == null ? List.of() : resolved.plan().inspection().areas();
        return map("number", followUp.outcome().number(), "words", followUp.outcome().words(),
                "areasForPriorityAction", areas(resolved, areas, AreaTerm.PRIORITY_ACTION),
                "areasForImprovement", areas(resolved, areas, AreaTerm.IMPROVEMENT),
                "monitoringInspection", date(followUp.monitoringInspection()),
                "monitoringMonth", followUp.monitoringInspection() == null ? null
                        : BritishDates.formatMonth(followUp.monitoringInspection()),
                "monitoringAsWritten", followUp.monitoringAsWritten(),
                "monitoringAfterMonths", followUp.outcome().monitoringAfterMonths(),
                "fullInspectionYears", followUp.outcome().fullInspectionWithinYears(),
                "fullInspectionMonth", followUp.fullInspectionBy() == null ? null
                        : BritishDates.formatMonth(followUp.fullInspectionBy()));
    }

    private static List<Object> areas(ResolvedPlan resolved, List<ReportedArea> areas, AreaTerm term) {
        List<Object> listed = new ArrayList<>();
        for (ReportedArea area : areas) {
            if (!area.term().equals(term)) {
                continue;
            }
            boolean inPlan = resolved.weakness(area.id()) != null;
            listed.add(map("id", area.id() == null ? "" : area.id(), "title", PlanView.text(area.title()),
                    "anchor", inPlan ? PlanView.weaknessAnchor(area.id()) : null));
        }
        return listed;
    }
}
