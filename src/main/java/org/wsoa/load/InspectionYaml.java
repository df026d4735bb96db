package org.wsoa.load;

import java.util.ArrayList;
import java.util.List;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.model.AreaTerm;
import org.wsoa.model.DateRange;
import org.wsoa.model.Dated;
import org.wsoa.model.Inspection;
import org.wsoa.model.InspectionOutcome;
import org.wsoa.model.Judgement;
import org.wsoa.model.Progress;
import org.wsoa.model.ReportedArea;
import org.wsoa.model.Revisit;
import org.wsoa.model.Stated;
import org.wsoa.model.Text;

/**
 * Reads the {@code inspection:} and {@code revisit:} blocks of {@code plan.yaml}: the dates of the
 * visit and the report, and under the 2023 framework the outcome, the areas the report names and the
 * expected monitoring inspection.
 */
final class InspectionYaml {

    private final List<Diagnostic> diagnostics;
    private final PlanYaml plan;

    InspectionYaml(List<Diagnostic> diagnostics, PlanYaml plan) {
        this.diagnostics = diagnostics;
        this.plan = plan;
    }

    Inspection inspection(MappingReader inspection) {
        DateRange visit = plan.range(inspection.mapping("visit", "the inspection visit", false));
        Dated received = inspection.date("report-received", false);
        Dated published = inspection.date("report-published", false);
        Stated<InspectionOutcome> outcome = inspection.stated("outcome", InspectionOutcome.values(),
                InspectionOutcome::code);
        List<ReportedArea> areas = new ArrayList<>();
        areas.addAll(areas(inspection, AreaTerm.PRIORITY_ACTION));
        areas.addAll(areas(inspection, AreaTerm.IMPROVEMENT));
        Inspection read = new Inspection(visit, received, published, outcome, areas,
                inspection.date("monitoring-inspection", false), inspection.at());
        inspection.finish();
        return read;
    }

    /** The report's list of one kind of area: each {@code {id, title}}, the ID its weakness file has. */
    private List<ReportedArea> areas(MappingReader inspection, AreaTerm term) {
        return inspection.list(term.listKey(), false, node -> {
            MappingReader area = MappingReader.of(node, inspection.at(), "an " + term.singular(), diagnostics);
            String id = area.id("id", true);
            MappingReader a = area.named(id == null ? "an " + term.singular() : term.singular() + " " + id, id);
            Text title = a.text("title", true);
            a.finish();
            return new ReportedArea(id, title, term, a.at());
        });
    }

    Revisit revisit(MappingReader revisit) {
        Inspection visit = Inspection.of(
                plan.range(revisit.mapping("visit", "the revisit", false)),
                revisit.date("report-received", false),
                revisit.date("report-published", false),
                revisit.at());
        List<Judgement> judgements = revisit.list("judgements", true, node -> {
            MappingReader judgement = MappingReader.of(node, revisit.at(), "a revisit judgement", diagnostics);
            Judgement read = new Judgement(
                    judgement.ref("weakness", true),
                    judgement.text("title", false),
                    judgement.choice("progress", true, Progress.values(), Progress::code),
                    judgement.text("summary", false),
                    judgement.at());
            judgement.finish();
            return read;
        });
        revisit.finish();
        return new Revisit(visit, judgements, revisit.at());
    }
}
