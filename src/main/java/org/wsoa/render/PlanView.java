package org.wsoa.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.wsoa.calendar.BritishDates;
import org.wsoa.model.Action;
import org.wsoa.model.ActionStatus;
import org.wsoa.model.Amount;
import org.wsoa.model.Board;
import org.wsoa.model.Contribution;
import org.wsoa.model.DateRange;
import org.wsoa.model.Dated;
import org.wsoa.model.IdMentions;
import org.wsoa.model.Ids;
import org.wsoa.model.Direction;
import org.wsoa.model.FundingStream;
import org.wsoa.model.Inspection;
import org.wsoa.model.Judgement;
import org.wsoa.model.Kpi;
import org.wsoa.model.Measure;
import org.wsoa.model.Monitoring;
import org.wsoa.model.Organisation;
import org.wsoa.model.Person;
import org.wsoa.model.Plan;
import org.wsoa.model.PlanKind;
import org.wsoa.model.PlanStatus;
import org.wsoa.model.Progress;
import org.wsoa.model.Recurrence;
import org.wsoa.model.Ref;
import org.wsoa.model.Risk;
import org.wsoa.model.SuccessCriterion;
import org.wsoa.model.Text;
import org.wsoa.model.Weakness;
import org.wsoa.resolve.PlanDeadline;
import org.wsoa.resolve.ResolvedPlan;
import org.wsoa.resolve.ResourceTotals;

/**
 * The plan as templates see it: maps, lists, text, numbers and ready-made safe HTML, with IDs
 * resolved to names and dates written out. Templates need no logic beyond loops and conditions,
 * and can reach nothing else. It only formats what the {@link ResolvedPlan} has worked out.
 * Template authors: every key is listed in docs/publishing.md, and a test keeps the two in step.
 */
final class PlanView {

    private final ResolvedPlan resolved;
    private final Plan plan;
    /** Author text with the IDs it mentions linked to their place in the page. */
    private final Markdown.Linking linking;

    private PlanView(ResolvedPlan resolved) {
        this.resolved = resolved;
        this.plan = resolved.plan();
        this.linking = Markdown.linking(idLinks(plan));
    }

    /**
     * The anchor of each element that text can mention (areas, success criteria, KPIs, actions and
     * risks), as the templates give them: {@code #action-w2-7}.
     */
    private static Markdown.IdLinks idLinks(Plan plan) {
        Map<String, String> fragments = new LinkedHashMap<>();
        for (Weakness weakness : plan.weaknesses()) {
            fragments.putIfAbsent(weakness.id(), "#" + weaknessAnchor(weakness.id()));
            weakness.successCriteria().forEach(c -> fragments.putIfAbsent(c.id(), "#" + elementAnchor("criterion", c.id())));
            weakness.kpis().forEach(k -> fragments.putIfAbsent(k.id(), "#" + elementAnchor("kpi", k.id())));
            weakness.actions().forEach(a -> fragments.putIfAbsent(a.id(), "#" + elementAnchor("action", a.id())));
        }
        plan.risks().forEach(r -> fragments.putIfAbsent(r.id(), "#" + elementAnchor("risk", r.id())));
        fragments.remove(null);
        java.util.Set<String> prefixes = new java.util.HashSet<>();
        for (String id : fragments.keySet()) {
            String prefix = IdMentions.prefix(id);
            if (!prefix.isEmpty()) {
                prefixes.add(prefix);
            }
        }
        return new Markdown.IdLinks(fragments, prefixes);
    }

    /** The id of an element's row or item in the page: {@code action-w2-7}, {@code kpi-k1-2}. */
    static String elementAnchor(String kind, String id) {
        return id == null ? null : kind + "-" + anchor(id);
    }

    private TemplateHTMLOutputModel linkedBlock(Text text) {
        return text == null || text.isBlank() ? null : html(linking.toHtml(text.value()));
    }

    private TemplateHTMLOutputModel linkedInline(Text text) {
        return text == null || text.isBlank() ? html("") : html(linking.toInlineHtml(text.value()));
    }

    static Map<String, Object> of(ResolvedPlan plan) {
        return new PlanView(plan).build();
    }

    private Map<String, Object> build() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("title", plan.displayTitle());
        view.put("kind", KindView.of(plan.kind()));
        view.put("area", text(plan.area()));
        view.put("version", text(plan.version()));
        view.put("asAt", ProgressView.asAt(resolved));
        view.put("isDraft", plan.status() != PlanStatus.FINAL);
        view.put("status", plan.status() == PlanStatus.FINAL ? "Final" : "Draft");
        view.put("principalAuthorities", plan.principalAuthorities().stream().map(resolved::organisationName).toList());
        view.put("partners", resolved.partners().stream().map(this::organisation).toList());
        view.put("inspection", inspection(plan.inspection()));
        view.put("revisit", plan.revisit() == null ? null : revisit());
        view.put("deadline", deadline());
        view.put("submitted", date(plan.submitted()));
        view.put("period", range(plan.period()));
        view.put("approvals", plan.approvals().stream().map(a -> GovernanceView.approval(resolved, a)).toList());
        view.put("consideredBy", GovernanceView.consideredBy(resolved));
        view.put("contact", GovernanceView.contact(resolved));
        view.put("outcome", OutcomeView.of(resolved));
        view.put("coProduction", RecordView.coProduction(resolved, plan.coProduction()));
        view.put("equalityImpact", RecordView.equalityImpact(plan.equalityImpact()));
        view.put("accepted", RecordView.accepted(plan.accepted()));
        view.put("publication", RecordView.publication(plan.publication()));
        view.put("introduction", linkedBlock(plan.introduction()));
        view.put("statementOfIntent", linkedBlock(plan.statementOfIntent()));
        view.put("boards", plan.boards().stream().map(this::board).toList());
        Board oversight = resolved.board(plan.oversight());
        view.put("oversight", oversight == null ? null : text(oversight.name()));
        view.put("governanceDiagram", html(SvgStyle.inline(GovernanceChart.svg(resolved))));
        view.put("bodies", GovernanceView.bodies(resolved));
        view.put("monitoring", plan.monitoring().stream().map(this::monitoring).toList());
        view.put("weaknesses", plan.weaknesses().stream().map(this::weakness).toList());
        view.put("timelineChart", html(SvgStyle.inline(TimelineChart.svg(resolved))));
        view.put("risks", plan.risks().stream().map(this::risk).toList());
        view.put("risksCaption", "Risks to delivery, " + RiskView.rating(plan.risks(), plan.ratingMatrix()));
        view.put("resources", resources());
        view.put("glossary", KindView.glossary(plan));
        view.put("signOff", plan.approvals().stream().map(a -> GovernanceView.approval(resolved, a)).toList());
        return view;
    }

    private Map<String, Object> inspection(Inspection inspection) {
        if (inspection == null) {
            return null;
        }
        return map("visit", range(inspection.visit()), "received", date(inspection.reportReceived()),
                "published", date(inspection.reportPublished()));
    }

    private Map<String, Object> revisit() {
        Map<String, Object> revisit = inspection(plan.revisit().inspection());
        List<Object> judgements = new ArrayList<>();
        for (Judgement judgement : plan.revisit().judgements()) {
            judgements.add(map("id", judgement.weakness() == null ? "" : judgement.weakness().id(),
                    "title", text(judgement.title()),
                    "progress", judgement.progress() == null ? "" : judgement.progress().label(),
                    "notSufficient", judgement.progress() == Progress.NOT_SUFFICIENT,
                    "summary", block(judgement.summary())));
        }
        revisit.put("judgements", judgements);
        return revisit;
    }

    private Map<String, Object> deadline() {
        PlanDeadline deadline = resolved.deadline();
        if (deadline == null || !deadline.isKnown()) {
            return null;
        }
        return map("date", date(deadline.due()), "explanation", deadline.explanation(),
                "agreed", !deadline.hasAgreedDate() ? null : map("date", date(deadline.given()),
                        "by", deadline.agreedBy() == null ? null : text(deadline.agreedBy()),
                        "on", date(deadline.agreedOn())));
    }

    private Map<String, Object> board(Board board) {
        String parent = board.reportsTo() == null ? null : resolved.governanceName(board.reportsTo());
        List<String> members = new ArrayList<>();
        for (Ref member : board.members()) {
            Person person = resolved.person(member);
            Organisation organisation = resolved.organisation(member);
            if (person != null) {
                members.add(personName(person));
            } else if (organisation != null) {
                members.add(text(organisation.name()));
            }
        }
        return map("id", board.id(), "name", text(board.name()), "shortName", text(board.shortName()),
                "purpose", block(board.purpose()),
                "chair", person(board.chair()), "members", members, "meets", text(board.meets()),
                "reportsTo", parent,
                "oversees", plan.oversight() != null && board.id().equals(plan.oversight().id()));
    }

    private Map<String, Object> monitoring(Monitoring line) {
        List<String> to = new ArrayList<>();
        for (Ref ref : line.to()) {
            Board board = resolved.board(ref);
            Organisation organisation = resolved.organisation(ref);
            if (board != null) {
                to.add(text(board.tableName()));
            } else if (resolved.body(ref) != null) {
                to.add(resolved.governanceName(ref));
            } else if (organisation != null) {
                to.add(text(organisation.tableName()));
            }
        }
        return map("what", inline(line.what()), "to", String.join(", ", to), "frequency", capitalise(text(line.frequency())),
                "by", person(line.by()));
    }

    private Map<String, Object> weakness(Weakness weakness) {
        String anchor = weaknessAnchor(weakness.id());
        Board board = resolved.board(weakness.board());
        List<Object> criteria = new ArrayList<>();
        for (SuccessCriterion criterion : weakness.successCriteria()) {
            criteria.add(map("id", criterion.id(), "anchor", elementAnchor("criterion", criterion.id()),
                    "text", linkedInline(criterion.text())));
        }
        List<Object> contributions = new ArrayList<>();
        for (Contribution contribution : weakness.contributions()) {
            contributions.add(map("partner", contribution.partnerType().contributor(), "text", inline(contribution.text())));
        }
        return map("id", weakness.id(), "anchor", anchor, "title", text(weakness.title()),
                "finding", linkedBlock(weakness.finding()), "intent", linkedBlock(weakness.intent()),
                "successCriteria", criteria,
                "kpis", weakness.kpis().stream().map(k -> kpi(k, anchor)).toList(),
                "qualitativeEvidence", weakness.qualitativeEvidence().stream().map(PlanView::inline).toList(),
                "contributions", contributions,
                "actions", weakness.actions().stream().map(this::action).toList(),
                "term", resolved.termOf(weakness).title(),
                "lead", person(weakness.lead()), "board", board == null ? null : text(board.name()));
    }

    private Map<String, Object> kpi(Kpi kpi, String anchor) {
        String unit = text(kpi.unit());
        List<Object> trajectory = new ArrayList<>();
        for (Measure point : kpi.trajectory()) {
            trajectory.add(measure(point, unit));
        }
        return map("id", kpi.id(), "anchor", elementAnchor("kpi", kpi.id()), "name", text(kpi.name()), "unit", unit,
                "direction", kpi.direction() == null ? "" : kpi.direction() == Direction.UP
                        ? "Higher is better" : "Lower is better",
                "baseline", measure(kpi.baseline(), unit), "target", measure(kpi.target(), unit),
                "trajectory", trajectory, "frequency", capitalise(text(kpi.frequency())), "source", text(kpi.source()),
                "owner", person(kpi.owner()),
                "actuals", ProgressView.actuals(resolved, kpi, ActualsChart.unit(kpi)),
                "chart", html(SvgStyle.inline(KpiChart.svg(kpi, anchor + "-" + anchor(kpi.id())))));
    }

    private static Map<String, Object> measure(Measure measure, String unit) {
        if (measure == null || measure.value() == null) {
            return null;
        }
        String value = measure.value().stripTrailingZeros().toPlainString();
        String shown = "%".equals(unit) ? value + "%" : unit == null || unit.isEmpty() || "number".equalsIgnoreCase(unit)
                ? value : value + " " + unit;
        return map("value", shown, "date", date(measure.date()));
    }

    private Map<String, Object> action(Action action) {
        ActionStatus status = ProgressView.shownStatus(resolved, action);
        Map<String, Object> view = map("id", action.id(), "anchor", elementAnchor("action", action.id()),
                "action", linkedInline(action.action()), "lead", person(action.lead()),
                "partners", action.partners().stream().map(this::organisationInTable).toList(),
                "start", date(action.start()), "due", date(action.due()), "recurs", recurs(action),
                "dependsOn", action.dependsOn().stream().map(Ref::id).collect(Collectors.joining(", ")),
                "impact", linkedInline(action.impact()),
                "status", action.doneBeforePlan() ? "Done before the plan" : status.label(), "statusCode", status.code(),
                "doneBeforePlan", action.doneBeforePlan(), "carriedFrom", carriedFrom(action));
        view.putAll(ProgressView.action(resolved, action));
        return view;
    }

    /**
     * A recurring action's cadence and end as printed, "Monthly until March 2023", or "Quarterly until
     * 15 March 2023" when it ends other than on the last day of a month; null for a one-off action.
     */
    static String recurs(Action action) {
        Recurrence recurrence = action.recurrence();
        if (!action.recurs() || recurrence.every() == null || recurrence.until() == null) {
            return null;
        }
        LocalDate last = recurrence.until().date();
        boolean monthEnd = last.getDayOfMonth() == last.lengthOfMonth();
        return capitalise(recurrence.every().word()) + " until "
                + (monthEnd ? BritishDates.formatMonth(last) : BritishDates.formatShort(last));
    }

    /** "the Written Statement of Action, action W2.3": where an action carried forward comes from; else null. */
    private String carriedFrom(Action action) {
        if (action.carriedFrom() == null) {
            return null;
        }
        PlanKind before = plan.kind() == null ? null : plan.kind().previous();
        return (before == null ? "the previous plan" : "the " + before.title()) + ", action " + action.carriedFrom();
    }

    private Map<String, Object> risk(Risk risk) {
        Map<String, Object> view = RiskView.risk(risk, plan.ratingMatrix(), person(risk.owner()));
        view.put("anchor", elementAnchor("risk", risk.id()));
        view.put("mitigation", linkedInline(risk.mitigation()));
        return view;
    }

    private Map<String, Object> resources() {
        ResourceTotals totals = resolved.resources();
        if (totals == null) {
            return null;
        }
        List<Object> items = new ArrayList<>();
        for (ResourceTotals.ItemCosts costs : totals.items()) {
            List<String> byYear = new ArrayList<>();
            for (String year : totals.years()) {
                BigDecimal cost = costs.byYear().get(year);
                byYear.add(cost == null ? "" : Amount.pounds(cost));
            }
            boolean costed = !costs.item().notYetCosted();
            items.add(map("item", inline(costs.item().item()), "funder", funder(costs.item().funder()),
                    "costed", costed, "costs", byYear,
                    "total", costed ? Amount.pounds(costs.total()) : NOT_YET_COSTED));
        }
        int uncosted = totals.notYetCosted();
        String total = uncosted == 0 ? Amount.pounds(totals.total())
                : uncosted == totals.items().size() ? NOT_YET_COSTED
                : Amount.pounds(totals.total()) + " plus " + uncosted + (uncosted == 1 ? " item" : " items")
                        + " not yet costed";
        return map("years", totals.years(), "items", items,
                "totals", totals.years().stream().map(y -> Amount.pounds(totals.byYear().get(y))).toList(),
                "total", total, "notYetCosted", uncosted);
    }

    /** How an item's cost reads while it is still to be worked out: never £0. */
    private static final String NOT_YET_COSTED = "Not yet costed";

    /** A resource's funder in a table cell: an organisation's short name or name, or a funding stream's name. */
    private String funder(Ref ref) {
        Organisation organisation = resolved.organisation(ref);
        if (organisation != null) {
            return text(organisation.tableName());
        }
        FundingStream stream = resolved.fundingStream(ref);
        return stream == null ? "" : text(stream.name());
    }

    // Helpers

    private Map<String, Object> person(Ref ref) {
        Person person = resolved.person(ref);
        if (person == null) {
            return null;
        }
        Organisation organisation = resolved.organisation(person.organisation());
        return map("name", text(person.name()), "role", text(person.role()),
                "organisation", organisation == null ? "" : text(organisation.tableName()));
    }

    /** An organisation as a table cell names it: its short name, or its name, or the reference's ID. */
    private String organisationInTable(Ref ref) {
        Organisation organisation = resolved.organisation(ref);
        return organisation == null || organisation.name() == null ? ref.id() : text(organisation.tableName());
    }

    private static String personName(Person person) {
        return text(person.name()) + (person.role() == null ? "" : ", " + text(person.role()));
    }

    private Map<String, Object> organisation(Organisation organisation) {
        return map("name", text(organisation.name()), "shortName", text(organisation.shortName()),
                "type", organisation.type() == null ? "" : organisation.type().label(),
                "succeededBy", GovernanceView.succeededBy(resolved, organisation));
    }

    static Map<String, Object> date(Dated dated) {
        return dated == null ? null : date(dated.date());
    }

    static Map<String, Object> date(LocalDate date) {
        return date == null ? null : map("iso", date.toString(), "text", BritishDates.format(date),
                "short", BritishDates.formatShort(date));
    }

    private static Map<String, Object> range(DateRange range) {
        if (range == null || range.start() == null) {
            return null;
        }
        return map("start", date(range.start()), "end", date(range.end()));
    }

    static String text(Text text) {
        return text == null || text.value() == null ? "" : text.value();
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static TemplateHTMLOutputModel block(Text text) {
        return text == null || text.isBlank() ? null : html(Markdown.toHtml(text.value()));
    }

    static TemplateHTMLOutputModel inline(Text text) {
        return text == null || text.isBlank() ? html("") : html(Markdown.toInlineHtml(text.value()));
    }

    static TemplateHTMLOutputModel html(String markup) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(markup);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The id of a weakness's section in the page: {@code weakness-w1}. */
    static String weaknessAnchor(String id) {
        return "weakness-" + anchor(id);
    }

    static String anchor(String id) {
        return Ids.anchor(id);
    }

    /** A map from alternating keys and values, keeping their order (nulls allowed). */
    static Map<String, Object> map(Object... entries) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < entries.length; i += 2) {
            map.put((String) entries[i], entries[i + 1]);
        }
        return map;
    }
}
