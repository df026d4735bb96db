package org.wsoa.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.wsoa.diagnostic.Severity;
import org.wsoa.model.Board;
import org.wsoa.model.Monitoring;
import org.wsoa.model.Organisation;
import org.wsoa.model.OrganisationType;
import org.wsoa.model.Plan;
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
    public void check(Plan plan, Findings findings) {
        reportingCycles(plan, findings);
        Board oversight = findings.index().board(plan.oversight());
        if (oversight != null && !hasParentCarerForum(oversight, findings)) {
            findings.report(plan.oversight().at(), oversight.id(), "the parent carer forum does not sit on "
                    + oversight.name() + ", which oversees the plan",
                    "add the forum (or its representative) to the board's `members`");
        }
        SourceRef schedule = SourceRef.file(Path.of(plan.directory(), "governance.yaml").toString());
        if (!plan.monitoring().isEmpty()) {
            schedule = plan.monitoring().get(0).at();
        }
        if (!reviewedBy(plan, findings, "dfe", "department for education")) {
            findings.report(schedule, null, "the monitoring schedule has no review with the Department for Education",
                    "add a line with `to:` the DfE (an organisation of type national), e.g. quarterly");
        }
        if (!reviewedBy(plan, findings, "nhse", "nhs england")) {
            findings.report(schedule, null, "the monitoring schedule has no review with NHS England",
                    "add a line with `to:` NHS England (an organisation of type national), e.g. quarterly");
        }
    }

    private static boolean hasParentCarerForum(Board board, Findings findings) {
        for (Ref member : board.members()) {
            Organisation organisation = findings.index().organisation(member);
            if (organisation == null) {
                organisation = findings.index().organisationOf(member);
            }
            if (organisation != null && organisation.type() == OrganisationType.PARENT_CARER_FORUM) {
                return true;
            }
        }
        return false;
    }

    private static boolean reviewedBy(Plan plan, Findings findings, String id, String name) {
        for (Monitoring line : plan.monitoring()) {
            for (Ref to : line.to()) {
                Organisation organisation = findings.index().organisation(to);
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

    private static void reportingCycles(Plan plan, Findings findings) {
        Set<String> reported = new HashSet<>();
        for (Board start : plan.boards()) {
            List<String> path = new ArrayList<>();
            Board board = start;
            while (board != null && !path.contains(board.id())) {
                path.add(board.id());
                board = findings.index().board(board.reportsTo());
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
