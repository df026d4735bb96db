package org.wsoa.rules;

import java.util.Locale;
import org.wsoa.calendar.BritishDates;
import org.wsoa.diagnostic.Severity;
import org.wsoa.model.Dated;
import org.wsoa.model.Plan;
import org.wsoa.model.Text;
import org.wsoa.resolve.ResolvedPlan;

/**
 * What plan.yaml records after submission makes sense: the plan is accepted as fit for purpose and
 * published after it is submitted, and the web addresses it gives are web addresses.
 */
final class PublicationCheck extends AbstractRule {

    PublicationCheck() {
        super("publication", Severity.ERROR, "The plan is accepted and published after it is submitted, at a web"
                + " address.");
    }

    @Override
    public void check(ResolvedPlan resolved, Findings findings) {
        Plan plan = resolved.plan();
        Dated submitted = plan.submitted();
        if (plan.accepted() != null) {
            notBefore(plan.accepted().date(), submitted, "accepted as fit for purpose", findings);
        }
        if (plan.publication() != null) {
            notBefore(plan.publication().date(), submitted, "published", findings);
            webAddress(plan.publication().link(), "the published plan", findings);
        }
        if (plan.equalityImpact() != null) {
            webAddress(plan.equalityImpact().link(), "the equality impact assessment", findings);
        }
    }

    private static void notBefore(Dated date, Dated submitted, String what, Findings findings) {
        if (date != null && submitted != null && date.date().isBefore(submitted.date())) {
            findings.report(date.at(), null, "the plan was " + what + " on " + BritishDates.format(date.date())
                    + ", before it was submitted (" + BritishDates.format(submitted.date()) + ")",
                    "check the date, and `submitted:`");
        }
    }

    private static void webAddress(Text link, String what, Findings findings) {
        if (link == null || link.isBlank()) {
            return;
        }
        String address = link.value().strip().toLowerCase(Locale.ROOT);
        if (!address.startsWith("https://") && !address.startsWith("http://")) {
            findings.report(link.at(), null, "the link to " + what + ", `" + link.value().strip()
                    + "`, is not a web address", "write the whole address, starting https://");
        }
    }
}
