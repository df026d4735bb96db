package org.wsoa.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.wsoa.calendar.BritishDates;
import org.wsoa.calendar.Deadline;
import org.wsoa.calendar.OutsideKnownYearsException;
import org.wsoa.calendar.WorkingDays;
import org.wsoa.model.Action;
import org.wsoa.model.ActionStatus;
import org.wsoa.model.Amount;
import org.wsoa.model.Approval;
import org.wsoa.model.Board;
import org.wsoa.model.Contribution;
import org.wsoa.model.DateRange;
import org.wsoa.model.Dated;
import org.wsoa.model.DeadlineRule;
import org.wsoa.model.Inspection;
import org.wsoa.model.Judgement;
import org.wsoa.model.Kpi;
import org.wsoa.model.Measure;
import org.wsoa.model.Monitoring;
import org.wsoa.model.Organisation;
import org.wsoa.model.OrganisationType;
import org.wsoa.model.Person;
import org.wsoa.model.Plan;
import org.wsoa.model.PlanKind;
import org.wsoa.model.PlanStatus;
import org.wsoa.model.Progress;
import org.wsoa.model.Ref;
import org.wsoa.model.ResourceItem;
import org.wsoa.model.Risk;
import org.wsoa.model.SuccessCriterion;
import org.wsoa.model.Text;
import org.wsoa.model.Weakness;

/**
 * The plan as templates see it: maps, lists, text, numbers and ready-made safe HTML, with IDs
 * resolved to names and dates written out. Templates need no logic beyond loops and conditions,
 * and can reach nothing else. Template authors: the keys are listed in docs/publishing.md.
 */
final class PlanView {

    private final Plan plan;
    private final Map<String, Organisation> organisations = new LinkedHashMap<>();
    private final Map<String, Person> people = new LinkedHashMap<>();
    private final Map<String, Board> boards = new LinkedHashMap<>();

    private PlanView(Plan plan) {
        this.plan = plan;
        plan.organisations().forEach(o -> organisations.putIfAbsent(o.id(), o));
        plan.people().forEach(p -> people.putIfAbsent(p.id(), p));
        plan.boards().forEach(b -> boards.putIfAbsent(b.id(), b));
    }

    static Map<String, Object> of(Plan plan) {
        return new PlanView(plan).build();
    }

    private Map<String, Object> build() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("title", plan.displayTitle());
        view.put("kind", plan.kind().title());
        view.put("kindCode", plan.kind().code());
        view.put("isApp", plan.kind() == PlanKind.APP);
        view.put("area", text(plan.area()));
        view.put("version", text(plan.version()));
        view.put("isDraft", plan.status() != PlanStatus.FINAL);
        view.put("status", plan.status() == PlanStatus.FINAL ? "Final" : "Draft");
        view.put("principalAuthorities", names(plan.principalAuthorities()));
        view.put("partners", plan.partners().stream().map(this::organisation).filter(o -> o != null).toList());
        view.put("inspection", inspection(plan.inspection()));
        view.put("revisit", plan.revisit() == null ? null : revisit());
        view.put("deadline", deadline());
        view.put("submitted", date(plan.submitted()));
        view.put("period", range(plan.period()));
        view.put("approvals", plan.approvals().stream().map(this::approval).toList());
        view.put("introduction", block(plan.introduction()));
        view.put("statementOfIntent", block(plan.statementOfIntent()));
        view.put("boards", plan.boards().stream().map(this::board).toList());
        Board oversight = plan.oversight() == null ? null : boards.get(plan.oversight().id());
        view.put("oversight", oversight == null ? null : text(oversight.name()));
        view.put("governanceDiagram", html(SvgStyle.inline(GovernanceChart.svg(plan))));
        view.put("monitoring", plan.monitoring().stream().map(this::monitoring).toList());
        view.put("weaknesses", plan.weaknesses().stream().map(this::weakness).toList());
        view.put("timelineChart", html(SvgStyle.inline(TimelineChart.svg(plan))));
        view.put("risks", plan.risks().stream().map(this::risk).toList());
        view.put("resources", resources());
        view.put("glossary", plan.glossary().stream()
                .map(t -> map("term", t.term(), "meaning", text(t.meaning()))).toList());
        view.put("signOff", plan.approvals().stream().map(this::approval).toList());
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
        DeadlineRule rule = plan.deadline();
        if (rule == null) {
            return null;
        }
        if (rule.due() != null) {
            return map("date", date(rule.due()), "explanation", BritishDates.format(rule.due().date())
                    + (plan.kind() == PlanKind.APP ? ", the date set by the Department for Education."
                    : ", the date agreed for this plan."));
        }
        Inspection inspection = plan.inspection();
        Dated from = inspection == null ? null : DeadlineRule.FROM_PUBLISHED.equals(rule.from())
                ? inspection.reportPublished() : inspection.reportReceived();
        if (from == null) {
            return null;
        }
        try {
            Deadline deadline = rule.calendarDays() ? Deadline.calendarDays(from.date(), rule.days())
                    : Deadline.workingDays(from.date(), rule.days(), WorkingDays.englandAndWales());
            String explanation = deadline.explanation();
            return map("date", date(deadline.due()), "explanation",
                    Character.toUpperCase(explanation.charAt(0)) + explanation.substring(1) + ".");
        } catch (OutsideKnownYearsException e) {
            return null;
        }
    }

    private Map<String, Object> approval(Approval approval) {
        Person by = approval.by() == null ? null : people.get(approval.by().id());
        return map("body", text(approval.body()), "date", date(approval.date()), "by", by == null ? null : text(by.name()),
                "role", by == null ? null : text(by.role()));
    }

    private Map<String, Object> board(Board board) {
        Board parent = board.reportsTo() == null ? null : boards.get(board.reportsTo().id());
        List<String> members = new ArrayList<>();
        for (Ref member : board.members()) {
            Person person = people.get(member.id());
            if (person != null) {
                members.add(personName(person));
            } else if (organisations.containsKey(member.id())) {
                members.add(text(organisations.get(member.id()).name()));
            }
        }
        return map("id", board.id(), "name", text(board.name()), "purpose", block(board.purpose()),
                "chair", person(board.chair()), "members", members, "meets", text(board.meets()),
                "reportsTo", parent == null ? null : text(parent.name()),
                "oversees", plan.oversight() != null && board.id().equals(plan.oversight().id()));
    }

    private Map<String, Object> monitoring(Monitoring line) {
        List<String> to = new ArrayList<>();
        for (Ref ref : line.to()) {
            if (boards.containsKey(ref.id())) {
                to.add(text(boards.get(ref.id()).name()));
            } else if (organisations.containsKey(ref.id())) {
                to.add(text(organisations.get(ref.id()).name()));
            }
        }
        return map("what", inline(line.what()), "to", String.join(", ", to), "frequency", capitalise(text(line.frequency())),
                "by", person(line.by()));
    }

    private Map<String, Object> weakness(Weakness weakness) {
        String anchor = "weakness-" + anchor(weakness.id());
        List<Object> criteria = new ArrayList<>();
        for (SuccessCriterion criterion : weakness.successCriteria()) {
            criteria.add(map("id", criterion.id(), "text", inline(criterion.text())));
        }
        List<Object> contributions = new ArrayList<>();
        for (Contribution contribution : weakness.contributions()) {
            contributions.add(map("partner", contributor(contribution.partnerType()), "text", inline(contribution.text())));
        }
        return map("id", weakness.id(), "anchor", anchor, "title", text(weakness.title()),
                "finding", block(weakness.finding()), "intent", block(weakness.intent()),
                "successCriteria", criteria,
                "kpis", weakness.kpis().stream().map(k -> kpi(k, anchor)).toList(),
                "qualitativeEvidence", weakness.qualitativeEvidence().stream().map(this::inline).toList(),
                "contributions", contributions,
                "actions", weakness.actions().stream().map(this::action).toList());
    }

    private Map<String, Object> kpi(Kpi kpi, String anchor) {
        String unit = text(kpi.unit());
        List<Object> trajectory = new ArrayList<>();
        for (Measure point : kpi.trajectory()) {
            trajectory.add(measure(point, unit));
        }
        return map("id", kpi.id(), "name", text(kpi.name()), "unit", unit,
                "direction", kpi.direction() == null ? "" : kpi.direction() == org.wsoa.model.Direction.UP
                        ? "Higher is better" : "Lower is better",
                "baseline", measure(kpi.baseline(), unit), "target", measure(kpi.target(), unit),
                "trajectory", trajectory, "frequency", capitalise(text(kpi.frequency())), "source", text(kpi.source()),
                "owner", person(kpi.owner()),
                "chart", html(SvgStyle.inline(KpiChart.svg(kpi, anchor + "-" + anchor(kpi.id())))));
    }

    private Map<String, Object> measure(Measure measure, String unit) {
        if (measure == null || measure.value() == null) {
            return null;
        }
        String value = measure.value().stripTrailingZeros().toPlainString();
        String shown = "%".equals(unit) ? value + "%" : unit == null || unit.isEmpty() || "number".equalsIgnoreCase(unit)
                ? value : value + " " + unit;
        return map("value", shown, "date", date(measure.date()));
    }

    private Map<String, Object> action(Action action) {
        ActionStatus status = action.status() == null ? ActionStatus.NOT_STARTED : action.status();
        return map("id", action.id(), "action", inline(action.action()), "lead", person(action.lead()),
                "partners", names(action.partners()), "start", date(action.start()), "due", date(action.due()),
                "dependsOn", action.dependsOn().stream().map(Ref::id).collect(Collectors.joining(", ")),
                "impact", inline(action.impact()), "status", status.label(), "statusCode", status.code());
    }

    private Map<String, Object> risk(Risk risk) {
        Integer rating = risk.rating();
        String level = rating == null ? "" : rating >= 15 ? "High" : rating >= 8 ? "Medium" : "Low";
        return map("id", risk.id(), "risk", text(risk.risk()), "description", inline(risk.description()),
                "mitigation", inline(risk.mitigation()), "likelihood", risk.likelihood(), "impact", risk.impact(),
                "rating", rating, "level", level, "levelCode", level.toLowerCase(java.util.Locale.ROOT),
                "owner", person(risk.owner()));
    }

    private Map<String, Object> resources() {
        if (plan.resources() == null) {
            return null;
        }
        TreeSet<String> years = new TreeSet<>();
        plan.resources().items().forEach(i -> i.costs().forEach(c -> years.add(c.financialYear())));
        Map<String, BigDecimal> totals = new TreeMap<>();
        List<Object> items = new ArrayList<>();
        for (ResourceItem item : plan.resources().items()) {
            List<String> costs = new ArrayList<>();
            BigDecimal itemTotal = BigDecimal.ZERO;
            for (String year : years) {
                BigDecimal cost = item.costs().stream().filter(c -> c.financialYear().equals(year)).map(Amount::value)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                boolean has = item.costs().stream().anyMatch(c -> c.financialYear().equals(year));
                costs.add(has ? Amount.pounds(cost) : "");
                totals.merge(year, cost, BigDecimal::add);
                itemTotal = itemTotal.add(cost);
            }
            Organisation funder = item.funder() == null ? null : organisations.get(item.funder().id());
            items.add(map("item", inline(item.item()), "funder", funder == null ? "" : text(funder.name()),
                    "costs", costs, "total", Amount.pounds(itemTotal)));
        }
        BigDecimal grand = totals.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return map("years", new ArrayList<>(years), "items", items,
                "totals", years.stream().map(y -> Amount.pounds(totals.get(y))).toList(), "total", Amount.pounds(grand));
    }

    // Helpers

    private Map<String, Object> person(Ref ref) {
        Person person = ref == null ? null : people.get(ref.id());
        if (person == null) {
            return null;
        }
        Organisation organisation = person.organisation() == null ? null : organisations.get(person.organisation().id());
        return map("name", text(person.name()), "role", text(person.role()),
                "organisation", organisation == null ? "" : text(organisation.name()));
    }

    private static String personName(Person person) {
        return text(person.name()) + (person.role() == null ? "" : ", " + text(person.role()));
    }

    private Map<String, Object> organisation(Ref ref) {
        Organisation organisation = organisations.get(ref.id());
        return organisation == null ? null : map("name", text(organisation.name()),
                "type", organisation.type() == null ? "" : organisation.type().label());
    }

    private List<String> names(List<Ref> refs) {
        List<String> names = new ArrayList<>();
        for (Ref ref : refs) {
            Organisation organisation = organisations.get(ref.id());
            names.add(organisation == null ? ref.id() : text(organisation.name()));
        }
        return names;
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

    private static String text(Text text) {
        return text == null || text.value() == null ? "" : text.value();
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private TemplateHTMLOutputModel block(Text text) {
        return text == null || text.isBlank() ? null : html(Markdown.toHtml(text.value()));
    }

    private TemplateHTMLOutputModel inline(Text text) {
        return text == null || text.isBlank() ? html("") : html(Markdown.toInlineHtml(text.value()));
    }

    static TemplateHTMLOutputModel html(String markup) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(markup);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    static String anchor(String id) {
        return id == null ? "" : id.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static String contributor(OrganisationType type) {
        return switch (type) {
            case LOCAL_AUTHORITY -> "Council SEND services";
            case EDUCATION -> "Schools and education providers";
            case HEALTH -> "Health commissioners and providers";
            case SOCIAL_CARE -> "Social care";
            default -> type.label();
        };
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
