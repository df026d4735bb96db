package org.wsoa.load;

import org.wsoa.model.CoProduction;
import org.wsoa.model.CopyRecipient;
import org.wsoa.model.EqualityImpactAssessment;
import org.wsoa.model.FitForPurpose;
import org.wsoa.model.PlanPublication;

/**
 * Reads what {@code plan.yaml} records about how the plan was made and what happened to it after
 * submission: its co-production, its equality impact assessment, its acceptance as fit for purpose
 * and its publication.
 */
final class PublicationYaml {

    /** The blocks as read; each is null when absent. */
    record Record(FitForPurpose accepted, PlanPublication publication, EqualityImpactAssessment equalityImpact,
                  CoProduction coProduction) {
    }

    static Record read(MappingReader plan) {
        return new Record(
                plan.has("accepted") ? accepted(plan.mapping("accepted", "the acceptance", false)) : absent(plan, "accepted"),
                plan.has("publication") ? publication(plan.mapping("publication", "the publication", false))
                        : absent(plan, "publication"),
                plan.has("equality-impact-assessment") ? equalityImpact(plan.mapping("equality-impact-assessment",
                        "the equality impact assessment", false)) : absent(plan, "equality-impact-assessment"),
                plan.has("co-production") ? coProduction(plan.mapping("co-production", "the co-production", false))
                        : absent(plan, "co-production"));
    }

    /** Marks {@code key} as one the format knows, for the unknown-key hint, and reads nothing. */
    private static <T> T absent(MappingReader plan, String key) {
        plan.has(key);
        return null;
    }

    private static FitForPurpose accepted(MappingReader accepted) {
        FitForPurpose read = new FitForPurpose(accepted.date("date", true), accepted.text("by", true), accepted.at());
        accepted.finish();
        return read;
    }

    private static PlanPublication publication(MappingReader publication) {
        PlanPublication read = new PlanPublication(
                publication.date("date", true),
                publication.text("link", false),
                publication.list("copies-sent-to", false,
                        node -> publication.choiceOf("copies-sent-to", node, CopyRecipient.values(), CopyRecipient::code)),
                publication.at());
        publication.finish();
        return read;
    }

    private static EqualityImpactAssessment equalityImpact(MappingReader assessment) {
        EqualityImpactAssessment read = new EqualityImpactAssessment(assessment.text("summary", true),
                assessment.date("date", false), assessment.text("link", false), assessment.at());
        assessment.finish();
        return read;
    }

    private static CoProduction coProduction(MappingReader coProduction) {
        CoProduction read = new CoProduction(coProduction.text("summary", true), coProduction.refs("with"),
                coProduction.at());
        coProduction.finish();
        return read;
    }
}
