package org.wsoa.rules;

import java.util.EnumSet;
import java.util.Set;
import org.wsoa.diagnostic.Severity;
import org.wsoa.model.Contribution;
import org.wsoa.model.Expectation;
import org.wsoa.model.OrganisationType;
import org.wsoa.model.PlanKind;
import org.wsoa.model.Weakness;
import org.wsoa.resolve.ResolvedPlan;

/**
 * What the DfE asks of some kinds of plan for each area: success criteria, the qualitative
 * information to be collected, and the contribution of each type of partner (for an APP, as council
 * reports quote the DfE). The plan's kind says which of these a source asks of it.
 */
final class AppContentCheck extends AbstractRule {

    AppContentCheck() {
        super("app-content", Severity.WARNING, "Where the DfE asks for them (an APP), each weakness has success"
                + " criteria, qualitative evidence and every partner type's contribution.");
    }

    @Override
    public void check(ResolvedPlan plan, Findings findings) {
        PlanKind kind = plan.kind();
        if (kind == null) {
            return;
        }
        String asks = ", which the DfE asks of " + kind.titleWithArticle();
        for (Weakness weakness : plan.plan().weaknesses()) {
            String name = "weakness " + CoverageCheck.name(weakness);
            if (kind.expects(Expectation.SUCCESS_CRITERIA) && weakness.successCriteria().isEmpty()) {
                findings.report(weakness.at(), weakness.id(), name + " has no success criteria" + asks,
                        "add `success-criteria:` agreed with stakeholders");
            }
            if (kind.expects(Expectation.QUALITATIVE_EVIDENCE) && weakness.qualitativeEvidence().isEmpty()) {
                findings.report(weakness.at(), weakness.id(), name + " does not describe the qualitative information"
                        + " to be collected" + asks, "add `qualitative-evidence:` (surveys, case audits, feedback...)");
            }
            if (!kind.expects(Expectation.PARTNER_CONTRIBUTIONS)) {
                continue;
            }
            Set<OrganisationType> given = EnumSet.noneOf(OrganisationType.class);
            for (Contribution contribution : weakness.contributions()) {
                if (contribution.text() != null && !contribution.text().isBlank()) {
                    given.add(contribution.partnerType());
                }
            }
            for (OrganisationType type : OrganisationType.values()) {
                if (type.contributor() != null && !given.contains(type)) {
                    findings.report(weakness.at(), weakness.id(), name + " does not record the contribution of "
                            + Character.toLowerCase(type.contributor().charAt(0)) + type.contributor().substring(1) + asks,
                            "add `" + type.code() + ":` under `contributions:`");
                }
            }
        }
    }
}
