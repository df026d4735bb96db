package org.wsoa.rules;

import org.wsoa.calendar.BritishDates;
import org.wsoa.diagnostic.Severity;
import org.wsoa.model.Framework;
import org.wsoa.model.Inspection;
import org.wsoa.model.InspectionOutcome;
import org.wsoa.model.Plan;
import org.wsoa.model.PlanKind;
import org.wsoa.model.PlanStatus;
import org.wsoa.model.Stated;
import org.wsoa.resolve.ResolvedPlan;

/**
 * The plan's kind, its framework and the inspection's outcome agree: a Priority Action Plan answers
 * the 2023 framework's outcome of widespread or systemic failings, an Updated Strategic Plan its
 * outcome of inconsistent experiences; a 2023 plan lists the areas the report names; what only the
 * 2023 framework has (an outcome, its areas, a monitoring inspection) is not in a 2016 plan.
 */
final class FrameworkCheck extends AbstractRule {

    FrameworkCheck() {
        super("framework", Severity.ERROR, "The framework, the inspection's outcome and the areas the report names"
                + " agree with the plan's kind.");
    }

    @Override
    public void check(ResolvedPlan resolved, Findings findings) {
        Plan plan = resolved.plan();
        PlanKind kind = plan.kind();
        Inspection inspection = plan.inspection();
        if (kind == null || inspection == null) {
            return;
        }
        Stated<Framework> written = plan.framework();
        if (written != null && !written.value().equals(kind.framework())) {
            findings.report(written.at(), null, "`framework` is " + written.value().code() + ", but "
                    + kind.titleWithArticle() + " answers an inspection under the " + kind.framework().title(),
                    "check `kind:` and `framework:` in plan.yaml");
            return;
        }
        if (!resolved.framework().hasOutcomes()) {
            check2016(inspection, findings);
        } else {
            check2023(resolved, kind, inspection, findings);
        }
    }

    private static void check2016(Inspection inspection, Findings findings) {
        String hint = "remove it, or set `framework: 2023` with a kind of plan under that framework";
        if (inspection.outcome() != null) {
            findings.report(inspection.outcome().at(), null, "the inspection has an `outcome`, but inspections under"
                    + " the 2016 framework had none: they found areas of significant weakness", hint);
        }
        if (!inspection.areas().isEmpty()) {
            findings.report(inspection.areas().get(0).at(), null, "areas for priority action and areas for"
                    + " improvement are named by inspections under the 2023 framework, not the 2016 one", hint);
        }
        if (inspection.monitoringInspection() != null) {
            findings.report(inspection.monitoringInspection().at(), null, "monitoring inspections follow inspections"
                    + " under the 2023 framework, not the 2016 one", hint);
        }
    }

    private static void check2023(ResolvedPlan resolved, PlanKind kind, Inspection inspection, Findings findings) {
        Stated<InspectionOutcome> outcome = inspection.outcome();
        if (outcome != null && !outcome.value().equals(kind.outcome())) {
            PlanKind answers = null;
            for (PlanKind other : PlanKind.values()) {
                if (outcome.value().equals(other.outcome())) {
                    answers = other;
                }
            }
            findings.report(outcome.at(), null, "the inspection's outcome is `" + outcome.value().code() + "` (outcome "
                    + outcome.value().number() + "), which " + (answers == null ? "asks for no plan"
                    : "the partnership answers with " + answers.titleWithArticle())
                    + ", not " + kind.titleWithArticle(), "check `outcome:` under `inspection:` and `kind:` in plan.yaml");
            return;
        }
        if (kind.outcome() != null && inspection.areas().stream().noneMatch(a -> a.term().equals(kind.areas()))) {
            Severity missing = resolved.plan().status() == PlanStatus.FINAL ? Severity.ERROR : Severity.WARNING;
            findings.report(missing, inspection.at(), null, "the plan does not list the report's "
                    + kind.areas().plural(), "add `" + kind.areas().listKey() + ":` under `inspection:`, each `{id, title}`: the title as the"
                    + " report words it, the id that of the weakness file that answers it");
        }
        if (inspection.monitoringInspection() == null) {
            return;
        }
        InspectionOutcome followed = resolved.followUp().outcome();
        if (followed != null && !followed.hasMonitoringInspection()) {
            findings.report(Severity.WARNING, inspection.monitoringInspection().at(), null, "no monitoring inspection"
                    + " follows the outcome `" + followed.code() + "` (outcome " + followed.number() + ")",
                    "remove `monitoring-inspection:`; the next full inspection is within about "
                            + followed.fullInspectionWithinYears() + " years");
        }
        if (inspection.reportReceived() != null
                && !inspection.monitoringInspection().date().isAfter(inspection.reportReceived().date())) {
            findings.report(inspection.monitoringInspection().at(), null, "the monitoring inspection is expected on "
                    + BritishDates.format(inspection.monitoringInspection().date()) + ", not after the report was"
                    + " received (" + BritishDates.format(inspection.reportReceived().date()) + ")",
                    "it is usually about 18 months after the report was received: check the date");
        }
    }
}
