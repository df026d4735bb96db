package org.wsoa.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.wsoa.diagnostic.Severity;
import org.wsoa.model.Contribution;
import org.wsoa.model.OrganisationType;
import org.wsoa.model.Plan;
import org.wsoa.model.PlanKind;
import org.wsoa.model.Weakness;

/**
 * What the DfE asks of an APP and a Priority Action Plan for each weakness: success criteria, the
 * qualitative information to be collected, and the contribution of each type of partner.
 */
final class AppContentCheck extends AbstractRule {

    private static final List<OrganisationType> PARTNER_TYPES = List.of(OrganisationType.LOCAL_AUTHORITY,
            OrganisationType.EDUCATION, OrganisationType.HEALTH, OrganisationType.SOCIAL_CARE);

    AppContentCheck() {
        super("app-content", Severity.WARNING, "Each weakness of an APP or Priority Action Plan has success"
                + " criteria, qualitative evidence and every partner type's contribution.");
    }

    @Override
    public void check(Plan plan, Findings findings) {
        if (plan.kind() == PlanKind.WSOA) {
            return;
        }
        for (Weakness weakness : plan.weaknesses()) {
            String name = "weakness " + CoverageCheck.name(weakness);
            if (weakness.successCriteria().isEmpty()) {
                findings.report(weakness.at(), weakness.id(), name + " has no success criteria",
                        "add `success-criteria:` agreed with stakeholders");
            }
            if (weakness.qualitativeEvidence().isEmpty()) {
                findings.report(weakness.at(), weakness.id(), name + " does not describe the qualitative information"
                        + " to be collected", "add `qualitative-evidence:` (surveys, case audits, feedback...)");
            }
            Set<OrganisationType> given = EnumSet.noneOf(OrganisationType.class);
            for (Contribution contribution : weakness.contributions()) {
                if (contribution.text() != null && !contribution.text().isBlank()) {
                    given.add(contribution.partnerType());
                }
            }
            for (OrganisationType type : PARTNER_TYPES) {
                if (!given.contains(type)) {
                    findings.report(weakness.at(), weakness.id(), name + " does not record the contribution of "
                            + partnerName(type), "add `" + type.code() + ":` under `contributions:`");
                }
            }
        }
    }

    private static String partnerName(OrganisationType type) {
        return switch (type) {
            case LOCAL_AUTHORITY -> "council SEND services";
            case EDUCATION -> "schools and education providers";
            case HEALTH -> "health commissioners and providers";
            case SOCIAL_CARE -> "social care";
            default -> type.label();
        };
    }
}
