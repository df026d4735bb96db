package org.wsoa.render;

import static org.wsoa.render.PlanView.date;
import static org.wsoa.render.PlanView.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wsoa.model.CoProduction;
import org.wsoa.model.CopyRecipient;
import org.wsoa.model.EqualityImpactAssessment;
import org.wsoa.model.FitForPurpose;
import org.wsoa.model.PlanPublication;
import org.wsoa.model.Ref;
import org.wsoa.model.Text;
import org.wsoa.resolve.ResolvedPlan;

/**
 * How the plan was made and what became of it, as templates see it: its co-production, its equality
 * impact assessment, its acceptance as fit for purpose and its publication.
 */
final class RecordView {

    private RecordView() {
    }

    static Map<String, Object> accepted(FitForPurpose accepted) {
        return accepted == null ? null : map("date", date(accepted.date()), "by", PlanView.text(accepted.by()));
    }

    static Map<String, Object> publication(PlanPublication publication) {
        if (publication == null) {
            return null;
        }
        List<String> copies = new ArrayList<>();
        for (CopyRecipient recipient : publication.copiesSentTo()) {
            if (recipient != null) {
                copies.add(recipient.label());
            }
        }
        return map("date", date(publication.date()), "link", webAddress(publication.link()), "copiesSentTo", copies);
    }

    static Map<String, Object> equalityImpact(EqualityImpactAssessment assessment) {
        return assessment == null ? null : map("summary", PlanView.block(assessment.summary()),
                "date", date(assessment.date()), "link", webAddress(assessment.link()));
    }

    static Map<String, Object> coProduction(ResolvedPlan resolved, CoProduction coProduction) {
        if (coProduction == null) {
            return null;
        }
        List<String> with = new ArrayList<>();
        for (Ref ref : coProduction.with()) {
            if (resolved.organisation(ref) != null) {
                with.add(resolved.organisationName(ref));
            }
        }
        return map("summary", PlanView.block(coProduction.summary()), "with", with);
    }

    /** A web address to link to: http or https only, as the safe Markdown path allows; else null. */
    static String webAddress(Text link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String address = link.value().strip();
        String lower = address.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? address : null;
    }
}
