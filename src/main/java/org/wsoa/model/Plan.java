package org.wsoa.model;

import java.util.List;
import java.util.stream.Stream;

/**
 * A whole improvement plan, read from one directory. Immutable; optional parts are null (single
 * values) or empty (lists).
 *
 * @param directory             the plan directory as the user named it
 * @param outputName            the name of the published files as written ({@code output-name}), or null
 * @param principalAuthorities  organisation IDs of the bodies that must write and submit the plan
 * @param partners              organisation IDs of all partners (principal authorities included)
 * @param inspection            the inspection whose report the plan answers
 * @param framework             the framework as written in plan.yaml, or null (the kind's, then)
 * @param revisit               for an APP, the revisit and its judgements
 * @param deadline              how the submission deadline is set
 * @param submitted             the date the plan was (or will be) submitted
 * @param period                the plan's delivery period
 * @param consideredBy          the bodies that considered or scrutinised the plan without approving it
 * @param accepted              the acceptance of the plan as fit for purpose, or null
 * @param publication           where and when the plan was published, or null
 * @param equalityImpact        the plan's equality impact assessment, or null
 * @param coProduction          how parents, carers, children and young people co-produced it, or null
 * @param contact               the plan's contact for enquiries, published on the page, or null
 * @param bankHolidays          one-off bank holidays the authors add to the England and Wales list
 * @param bodies                the committees and bodies of the governance that are not boards with a chair
 * @param oversight             the ID of the board that oversees the plan
 * @param riskMatrix            the plan's own risk matrix from risks.yaml, or null (risks are rated on
 *                              {@link RiskMatrix#STANDARD})
 * @param progress              the progress files, in date order (a plan as agreed has none)
 * @param closure               the plan's closure, from closure.yaml, or null while it is open
 * @param files                 every file that was read, in the order read
 */
public record Plan(
        String directory,
        PlanKind kind,
        Text title,
        Text area,
        Text outputName,
        Text version,
        PlanStatus status,
        Stated<Framework> framework,
        List<Ref> principalAuthorities,
        List<Ref> partners,
        Inspection inspection,
        Revisit revisit,
        DeadlineRule deadline,
        Dated submitted,
        DateRange period,
        List<Approval> approvals,
        List<Consideration> consideredBy,
        FitForPurpose accepted,
        PlanPublication publication,
        EqualityImpactAssessment equalityImpact,
        CoProduction coProduction,
        EnquiryContact contact,
        List<BankHoliday> bankHolidays,
        Text introduction,
        Text statementOfIntent,
        List<Organisation> organisations,
        List<Person> people,
        List<Board> boards,
        List<Body> bodies,
        Ref oversight,
        List<Monitoring> monitoring,
        List<Weakness> weaknesses,
        List<Risk> risks,
        RiskMatrix riskMatrix,
        Resources resources,
        List<GlossaryTerm> glossary,
        ValidationSettings validation,
        List<ProgressReport> progress,
        Closure closure,
        List<String> files,
        SourceRef at) implements Located {

    public Plan {
        principalAuthorities = List.copyOf(principalAuthorities);
        partners = List.copyOf(partners);
        approvals = List.copyOf(approvals);
        consideredBy = List.copyOf(consideredBy);
        bankHolidays = List.copyOf(bankHolidays);
        organisations = List.copyOf(organisations);
        people = List.copyOf(people);
        boards = List.copyOf(boards);
        bodies = List.copyOf(bodies);
        monitoring = List.copyOf(monitoring);
        weaknesses = List.copyOf(weaknesses);
        risks = List.copyOf(risks);
        glossary = List.copyOf(glossary);
        progress = List.copyOf(progress);
        files = List.copyOf(files);
    }

    /** The matrix the plan's risks are rated on: its own, or the standard one. */
    public RiskMatrix ratingMatrix() {
        return riskMatrix == null ? RiskMatrix.STANDARD : riskMatrix;
    }

    /** Every action of every weakness, in plan order. */
    public Stream<Action> actions() {
        return weaknesses.stream().flatMap(w -> w.actions().stream());
    }

    /** Every KPI of every weakness, in plan order. */
    public Stream<Kpi> kpis() {
        return weaknesses.stream().flatMap(w -> w.kpis().stream());
    }


    /**
     * The plan's title as printed: the author's own, exactly as written (but for the spaces around
     * it), or else the area and the kind's name, "Exampleshire Written Statement of Action".
     */
    public String displayTitle() {
        if (title != null && !title.isBlank()) {
            return title.value().strip();
        }
        return area == null || area.isBlank() ? kind.title() : area.value().strip() + " " + kind.title();
    }
}
