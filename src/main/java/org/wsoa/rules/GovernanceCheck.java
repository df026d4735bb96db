package org.wsoa.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.wsoa.diagnostic.Excerpt;
import org.wsoa.diagnostic.Severity;
import org.wsoa.model.Board;
import org.wsoa.model.Monitoring;
import org.wsoa.model.Organisation;
import org.wsoa.model.OrganisationType;
import org.wsoa.load.PlanFile;
import org.wsoa.model.Plan;
import org.wsoa.resolve.ResolvedPlan;
import org.wsoa.model.Ref;
import org.wsoa.model.SourceRef;

/**
 * Clear lines of accountability: reporting lines end somewhere, the parent carer forum sits on
 * the board that oversees the plan, and the monitoring schedule includes reviews with the DfE and
 * NHS England.
 */
final class GovernanceCheck extends AbstractRule {

    GovernanceCheck() {
        super("governance", Severity.ERROR, "Reporting lines have no cycle, the parent carer forum sits on the"
                + " overseeing board, and the DfE and NHS England review progress.");
    }

    @Override
    public void check(ResolvedPlan resolved, Findings findings) {
        // An unreadable governance.yaml or people.yaml is already reported; what it holds is unknown.
        if (resolved.isUnreadable(PlanFile.GOVERNANCE) || resolved.isUnreadable(PlanFile.PEOPLE)) {
            return;
        }
        Plan plan = resolved.plan();
        reportingCycles(resolved, findings);
        Board oversight = resolved.board(plan.oversight());
        if (oversight != null && !hasParentCarerForum(oversight, resolved)) {
            findings.report(plan.oversight().at(), oversight.id(), "the parent carer forum does not sit on "
                    + Excerpt.of(String.valueOf(oversight.name())) + ", which oversees the plan",
                    "add the forum (or its representative) to the board's `members`");
        }
        SourceRef schedule = SourceRef.file(Path.of(plan.directory(), "governance.yaml").toString());
        if (!plan.monitoring().isEmpty()) {
            schedule = plan.monitoring().get(0).at();
        }
        if (!reviewedBy(resolved, "dfe", "department for education")) {
            findings.report(schedule, null, "the monitoring schedule has no review with the Department for Education",
                    "add a line with `to:` the DfE (an organisation of type national), e.g. quarterly");
        }
        if (!reviewedBy(resolved, "nhse", "nhs england")) {
            findings.report(schedule, null, "the monitoring schedule has no review with NHS England",
                    "add a line with `to:` NHS England (an organisation of type national), e.g. quarterly");
        }
    }

    private static boolean hasParentCarerForum(Board board, ResolvedPlan plan) {
        for (Ref member : board.members()) {
            Organisation organisation = plan.organisation(member);
            if (organisation == null) {
                organisation = plan.organisationOf(member);
            }
            if (organisation != null && organisation.type() == OrganisationType.PARENT_CARER_FORUM) {
                return true;
            }
        }
        return false;
    }

    private static boolean reviewedBy(ResolvedPlan plan, String id, String name) {
        for (Monitoring line : plan.plan().monitoring()) {
            for (Ref to : line.to()) {
                Organisation organisation = plan.organisation(to);
                if (organisation == null) {
                    continue;
                }
                String orgName = organisation.name() == null ? "" : organisation.name().value().toLowerCase(Locale.ROOT);
                if (organisation.id().equalsIgnoreCase(id) || orgName.contains(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void reportingCycles(ResolvedPlan plan, Findings findings) {
        Set<String> reported = new HashSet<>();
        for (Board start : plan.plan().boards()) {
            List<String> path = new ArrayList<>();
            Board board = start;
            while (board != null && !path.contains(board.id())) {
                path.add(board.id());
                board = plan.board(board.reportsTo());
            }
            if (board == start) {
                path.add(start.id());
                if (reported.add(String.join(">", new java.util.TreeSet<>(path)))) {
                    findings.report(start.reportsTo().at(), start.id(), "boards report to each other in a circle: "
                            + String.join(" -> ", path), "end the reporting line at the top board: remove its `reports-to`");
                }
            }
        }
    }
}
