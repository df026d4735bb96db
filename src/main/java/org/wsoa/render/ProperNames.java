package org.wsoa.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.wsoa.model.ActionProgress;
import org.wsoa.model.Approval;
import org.wsoa.model.Board;
import org.wsoa.model.Body;
import org.wsoa.model.Consideration;
import org.wsoa.model.Evidence;
import org.wsoa.model.Organisation;
import org.wsoa.model.Person;
import org.wsoa.model.Plan;
import org.wsoa.model.ProgressReport;
import org.wsoa.model.Text;
import org.wsoa.resolve.ResolvedPlan;

/**
 * The names and titles a plan itself gives, within which no glossary term is expanded: "SEND" in
 * "APP delivery subgroup" or "Head of SEND and Inclusion" is part of a name, not an acronym to
 * explain there.
 */
final class ProperNames {

    private ProperNames() {
    }

    /**
     * The plan's title; its organisations, people and their roles, boards, bodies, and the bodies that approved or considered the plan; and
     * the titles of the evidence its progress files cite. Each once, in the order the plan gives them.
     */
    static Collection<String> of(ResolvedPlan resolved) {
        Plan plan = resolved.plan();
        List<Text> names = new ArrayList<>();
        names.add(plan.title());
        plan.organisations().stream().map(Organisation::name).forEach(names::add);
        plan.organisations().stream().map(Organisation::shortName).forEach(names::add);
        for (Person person : plan.people()) {
            names.add(person.name());
            names.add(person.role());
        }
        plan.boards().stream().map(Board::name).forEach(names::add);
        plan.bodies().stream().map(Body::name).forEach(names::add);
        plan.boards().stream().map(Board::shortName).forEach(names::add);
        plan.approvals().stream().map(Approval::body).forEach(names::add);
        plan.consideredBy().stream().map(Consideration::body).forEach(names::add);
        for (ProgressReport report : plan.progress()) {
            for (ActionProgress action : report.actions()) {
                action.evidence().stream().map(Evidence::title).forEach(names::add);
            }
        }
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (Text name : names) {
            if (name != null && !name.isBlank()) {
                distinct.add(name.value().strip());
            }
        }
        return distinct;
    }
}
