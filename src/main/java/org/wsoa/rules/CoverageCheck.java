package org.wsoa.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import org.wsoa.diagnostic.Severity;
import org.wsoa.model.Judgement;
import org.wsoa.model.Plan;
import org.wsoa.model.Progress;
import org.wsoa.model.Weakness;
import org.wsoa.resolve.ResolvedPlan;

/**
 * Every area of weakness has actions; a plan that follows a revisit (the APP) covers exactly the
 * weaknesses that the revisit found had not made sufficient progress. (Actions, KPIs and success
 * criteria always belong to a weakness: they are written inside its file.)
 */
final class CoverageCheck extends AbstractRule {

    CoverageCheck() {
        super("coverage", Severity.ERROR, "Every weakness has actions; an APP covers exactly the weaknesses"
                + " without sufficient progress.");
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
        if (plan.kind() == null || !plan.kind().followsRevisit()) {
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
                    && !resolved.isUnreadable(org.wsoa.load.PlanFile.WEAKNESSES)) {
                findings.report(judgement.weakness().at(), judgement.weakness().id(), "the revisit found insufficient"
                        + " progress on " + judgement.weakness().id() + ", but the plan has no weakness with that ID",
                        "add weaknesses/" + judgement.weakness().id().toLowerCase(java.util.Locale.ROOT) + ".yaml");
            }
        }
    }

    static String name(Weakness weakness) {
        return weakness.id() == null ? weakness.file() : weakness.id();
    }
}
