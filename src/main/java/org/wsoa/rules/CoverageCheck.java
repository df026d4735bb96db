package org.wsoa.rules;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wsoa.diagnostic.Severity;
import org.wsoa.load.PlanFile;
import org.wsoa.model.AreaTerm;
import org.wsoa.model.FollowUpVisit;
import org.wsoa.model.Judgement;
import org.wsoa.model.Plan;
import org.wsoa.model.Progress;
import org.wsoa.model.ReportedArea;
import org.wsoa.model.Weakness;
import org.wsoa.resolve.ResolvedPlan;

/**
 * Every area of weakness has actions; a plan that follows a revisit (the APP) covers exactly the
 * weaknesses that the revisit found had not made sufficient progress; a 2023-framework plan that
 * lists the report's areas covers every area of its kind's (every area for priority action in a
 * Priority Action Plan) and nothing the report does not name. (Actions, KPIs and success criteria
 * always belong to a weakness: they are written inside its file.)
 */
final class CoverageCheck extends AbstractRule {

    CoverageCheck() {
        super("coverage", Severity.ERROR, "Every weakness has actions; an APP covers exactly the weaknesses"
                + " without sufficient progress; a 2023 plan covers the areas of its kind that the report names.");
    }

    @Override
    public void check(ResolvedPlan resolved, Findings findings) {
        Plan plan = resolved.plan();
        for (Weakness weakness : plan.weaknesses()) {
            if (weakness.actions().isEmpty()) {
                findings.report(weakness.at(), weakness.id(), "weakness " + name(weakness) + " has no actions",
                        "add at least one action under `actions:` in " + weakness.file());
            }
        }
        checkReportedAreas(resolved, findings);
        if (plan.kind() == null) {
            return;
        }
        if (!plan.kind().followsRevisit()) {
            checkOwnRevisit(resolved, findings);
            return;
        }
        if (plan.revisit() == null) {
            findings.report(plan.at(), null, "an " + plan.kind().title() + " must record the revisit and its"
                    + " judgement on each weakness", "add a `revisit:` block with `judgements:` to plan.yaml");
            return;
        }
        Map<String, Judgement> insufficient = new LinkedHashMap<>();
        Map<String, Judgement> all = new LinkedHashMap<>();
        for (Judgement judgement : plan.revisit().judgements()) {
            if (judgement.weakness() == null) {
                continue;
            }
            all.put(judgement.weakness().id(), judgement);
            if (judgement.progress() == Progress.NOT_SUFFICIENT) {
                insufficient.put(judgement.weakness().id(), judgement);
            }
        }
        for (Weakness weakness : plan.weaknesses()) {
            if (weakness.id() == null || insufficient.containsKey(weakness.id())) {
                continue;
            }
            String why = all.containsKey(weakness.id()) ? "the revisit found sufficient progress on it"
                    : "the revisit has no judgement on it";
            findings.report(weakness.at(), weakness.id(), "weakness " + weakness.id() + " is in this APP, but " + why,
                    "an APP covers only the weaknesses judged not-sufficient at the revisit");
        }
        for (Judgement judgement : insufficient.values()) {
            if (resolved.weakness(judgement.weakness().id()) == null
                    && !resolved.isUnreadable(PlanFile.WEAKNESSES)) {
                findings.report(judgement.weakness().at(), judgement.weakness().id(), "the revisit found insufficient"
                        + " progress on " + judgement.weakness().id() + ", but the plan has no weakness with that ID",
                        "add weaknesses/" + judgement.weakness().id().toLowerCase(java.util.Locale.ROOT) + ".yaml");
            }
        }
    }

    /**
     * A plan that a revisit judges (a Written Statement of Action) may record that revisit, for the plan
     * that follows: its judgements are then on this plan's own weaknesses, each once.
     */
    private static void checkOwnRevisit(ResolvedPlan resolved, Findings findings) {
        Plan plan = resolved.plan();
        if (plan.revisit() == null) {
            return;
        }
        FollowUpVisit visit = plan.kind().judgedBy();
        if (visit == null || !visit.recordedInPlan()) {
            findings.report(plan.revisit().at(), null, "plan.yaml records a revisit, but " + plan.kind().titleWithArticle()
                    + (visit == null ? " is not revisited" : " is judged at " + visit.theName() + ", not a revisit"),
                    visit == null ? "remove `revisit:` from plan.yaml" : "remove `revisit:` from plan.yaml; give "
                            + visit.theName() + "'s judgements to `wsoa init --from` when you start the next plan");
            return;
        }
        Set<String> judged = new HashSet<>();
        for (Judgement judgement : plan.revisit().judgements()) {
            if (judgement.weakness() == null) {
                continue;
            }
            String id = judgement.weakness().id();
            if (!judged.add(id)) {
                findings.report(judgement.weakness().at(), id, "the revisit judges " + id + " twice",
                        "keep one judgement for each weakness");
            } else if (resolved.weakness(id) == null && !resolved.isUnreadable(PlanFile.WEAKNESSES)) {
                findings.report(judgement.weakness().at(), id, "the revisit judges " + id + ", but the plan has no"
                        + " weakness with that ID", "use the ID of one of the plan's weaknesses, as in its file under"
                        + " weaknesses/");
            }
        }
        for (Weakness weakness : plan.weaknesses()) {
            if (weakness.id() != null && !judged.contains(weakness.id())) {
                findings.report(plan.revisit().at(), weakness.id(), "the revisit's judgements leave out weakness "
                        + weakness.id(), "the revisit judges every weakness: add a judgement with `weakness: "
                        + weakness.id() + "` and its `progress:`");
            }
        }
    }

    /** Under the 2023 framework: the weakness files against the areas that plan.yaml says the report names. */
    private static void checkReportedAreas(ResolvedPlan resolved, Findings findings) {
        Plan plan = resolved.plan();
        List<ReportedArea> areas = plan.inspection() == null ? List.of() : plan.inspection().areas();
        if (areas.isEmpty() || plan.kind() == null) {
            return;
        }
        Set<String> named = new HashSet<>();
        areas.forEach(area -> named.add(area.id()));
        for (Weakness weakness : plan.weaknesses()) {
            if (weakness.id() != null && !named.contains(weakness.id())) {
                findings.report(weakness.at(), weakness.id(), "weakness " + weakness.id() + " is not one of the areas"
                        + " that plan.yaml says the report names", "give the file the ID of an area listed under"
                        + " `areas-for-priority-action:` or `areas-for-improvement:` in plan.yaml, or list it there");
            }
        }
        if (resolved.isUnreadable(PlanFile.WEAKNESSES)) {
            return;
        }
        AreaTerm own = plan.kind().areas();
        for (ReportedArea area : areas) {
            if (area.id() != null && area.term().equals(own) && resolved.weakness(area.id()) == null) {
                findings.report(area.at(), area.id(), "the report names " + area.id() + " as an " + own.singular()
                        + ", but the plan has no weakness with that ID", "add weaknesses/"
                        + area.id().toLowerCase(java.util.Locale.ROOT) + ".yaml with `id: " + area.id() + "`");
            }
        }
    }

    static String name(Weakness weakness) {
        return weakness.id() == null ? weakness.file() : weakness.id();
    }
}
