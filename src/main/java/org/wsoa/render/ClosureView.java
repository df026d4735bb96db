package org.wsoa.render;

import static org.wsoa.render.PlanView.block;
import static org.wsoa.render.PlanView.date;
import static org.wsoa.render.PlanView.inline;
import static org.wsoa.render.PlanView.map;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.wsoa.calendar.BritishDates;
import org.wsoa.model.Action;
import org.wsoa.model.AreaRating;
import org.wsoa.model.Board;
import org.wsoa.model.Destination;
import org.wsoa.model.Direction;
import org.wsoa.model.Judgement;
import org.wsoa.model.Kpi;
import org.wsoa.model.Measure;
import org.wsoa.model.Organisation;
import org.wsoa.model.Person;
import org.wsoa.model.Plan;
import org.wsoa.model.PlanKind;
import org.wsoa.model.Ref;
import org.wsoa.model.Text;
import org.wsoa.model.Weakness;
import org.wsoa.resolve.PlanClosure;
import org.wsoa.resolve.ResolvedPlan;
import org.wsoa.resolve.TargetOutcome;

/**
 * The closure report as its templates see it ({@code closure.ftlh} and the {@code closure-*.ftlh}
 * partials): what the plan achieved, each area's actions and rating, each KPI against its target, the
 * benefits and the learning, and every outstanding action under where it goes, with its new owner.
 * It only formats: {@link PlanClosure} has worked out which actions are outstanding. Template authors:
 * every key is listed in docs/publishing.md, and a test keeps the two in step.
 */
final class ClosureView {

    private final ResolvedPlan resolved;
    private final PlanClosure closure;

    private ClosureView(ResolvedPlan resolved) {
        this.resolved = resolved;
        this.closure = resolved.closure();
    }

    /** The view of a plan that has closed, which it must have. */
    static Map<String, Object> of(ResolvedPlan plan) {
        if (plan.closure() == null) {
            throw new IllegalArgumentException("a closure report needs closure.yaml");
        }
        return new ClosureView(plan).build();
    }

    private Map<String, Object> build() {
        Plan plan = resolved.plan();
        PlanKind kind = plan.kind();
        Board agreedBy = resolved.board(closure.closure().agreedBy());
        int actions = closure.completed().size() + closure.outstanding().size();
        return map(
                "title", "Closure report",
                "closedOn", date(closure.closedOn()),
                "asOf", date(closure.asOf()),
                "agreedBy", agreedBy == null ? null : text(agreedBy.name()),
                "plan", map("title", plan.displayTitle(), "area", text(plan.area()), "version", text(plan.version()),
                        "kind", kind == null ? "plan" : kind.title(),
                        "areaWord", kind == null ? "area of weakness" : kind.areas().singular(),
                        "areasWord", kind == null ? "areas of weakness" : kind.areas().plural(),
                        "next", kind == null || kind.next() == null ? null : Destination.NEXT_PLAN.words(kind),
                        "oversight", oversight()),
                "period", resolved.periodStart() == null ? null
                        : map("start", date(resolved.periodStart()), "end", date(resolved.periodEnd())),
                "summary", block(closure.closure().summary()),
                "benefits", closure.closure().benefits().stream().map(PlanView::inline).toList(),
                "learning", closure.closure().learning().stream().map(PlanView::inline).toList(),
                "totals", map("actions", actions, "complete", closure.completed().size(),
                        "outstanding", closure.outstanding().size(), "words", totalsInWords(actions)),
                "areas", plan.weaknesses().stream().map(this::area).toList(),
                "judged", plan.weaknesses().stream().anyMatch(w -> judgementOn(w) != null),
                "kpis", closure.kpis().stream().map(this::kpi).toList(),
                "outcomes", outcomes(),
                "destinations", destinations(kind),
                "completed", completed());
    }

    /** "47 actions: 28 complete and 19 outstanding". */
    private String totalsInWords(int actions) {
        if (actions == 0) {
            return "No actions";
        }
        int complete = closure.completed().size();
        int outstanding = closure.outstanding().size();
        String head = actions + (actions == 1 ? " action: " : " actions: ");
        if (outstanding == 0) {
            return head + (actions == 1 ? "complete" : "all complete");
        }
        if (complete == 0) {
            return head + (actions == 1 ? "outstanding" : "all outstanding");
        }
        return head + complete + " complete and " + outstanding + " outstanding";
    }

    private String oversight() {
        Board board = resolved.board(resolved.plan().oversight());
        return board == null ? null : text(board.name());
    }

    private Map<String, Object> area(Weakness weakness) {
        AreaRating rating = resolved.progress().area(weakness);
        long complete = closure.completed().stream().filter(c -> c.weakness() == weakness).count();
        long outstanding = closure.outstanding().stream().filter(o -> o.weakness() == weakness).count();
        Judgement judgement = judgementOn(weakness);
        return map("id", weakness.id(), "title", text(weakness.title()),
                "rating", rating == null || rating.rating() == null ? null
                        : map("label", rating.rating().label(), "code", rating.rating().code(),
                        "colour", rating.rating().colour().code()),
                "judgement", judgement == null || judgement.progress() == null ? null
                        : map("label", judgement.progress().label(), "code", judgement.progress().code()),
                "complete", complete, "outstanding", outstanding);
    }

    /** The revisit's judgement on the area, where plan.yaml records it. */
    private Judgement judgementOn(Weakness weakness) {
        if (resolved.plan().revisit() == null) {
            return null;
        }
        return resolved.plan().revisit().judgements().stream()
                .filter(j -> j.weakness() != null && j.weakness().id().equals(weakness.id())).findFirst().orElse(null);
    }

    private Map<String, Object> kpi(PlanClosure.KpiResult result) {
        Kpi kpi = result.kpi();
        String unit = ActualsChart.unit(kpi);
        return map("id", kpi.id(), "anchor", "kpi-" + PlanView.anchor(kpi.id()), "area", result.weakness().id(),
                "name", text(kpi.name()), "unit", unit,
                "direction", kpi.direction() == null ? "" : kpi.direction() == Direction.UP
                        ? "Higher is better" : "Lower is better",
                "baseline", measure(kpi.baseline(), unit), "target", measure(kpi.target(), unit),
                "latest", result.latest() == null || result.latest().value() == null ? null
                        : map("value", ReportView.value(result.latest().value(), unit), "date", date(result.latest().date())),
                "outcome", outcome(result.outcome()));
    }

    private static Map<String, Object> measure(Measure measure, String unit) {
        return measure == null || measure.value() == null ? null
                : map("value", ReportView.value(measure.value(), unit), "date", date(measure.date()));
    }

    private static Map<String, Object> outcome(TargetOutcome outcome) {
        return map("label", outcome.label(), "code", outcome.code());
    }

    /** Each outcome some KPI has, in the order of {@link TargetOutcome}, with how many. */
    private List<Object> outcomes() {
        Map<TargetOutcome, Integer> counts = new EnumMap<>(TargetOutcome.class);
        closure.kpis().forEach(k -> counts.merge(k.outcome(), 1, Integer::sum));
        List<Object> list = new ArrayList<>();
        counts.forEach((outcome, count) -> list.add(map("label", outcome.label(), "code", outcome.code(),
                "count", count)));
        return list;
    }

    /**
     * Every destination some outstanding action goes to, in the order of {@link Destination}, and
     * last, when any is left, the actions closure.yaml gives none (a plan with errors, which
     * {@code wsoa close} refuses, but a template should not fail on).
     */
    private List<Object> destinations(PlanKind kind) {
        List<Object> list = new ArrayList<>();
        for (Destination destination : Destination.values()) {
            List<PlanClosure.OutstandingLine> lines = closure.goingTo(destination);
            if (!lines.isEmpty()) {
                String words = destination.words(kind);
                String heading = words == null ? "The next plan" : capitalise(words);
                list.add(destinationGroup(destination.code(), heading, destination.needsOwner()
                        ? "Outstanding actions that go to " + (words == null ? "the next plan" : words)
                        : "Outstanding actions no longer needed", lines));
            }
        }
        List<PlanClosure.OutstandingLine> undecided = closure.goingTo(null);
        if (!undecided.isEmpty()) {
            list.add(destinationGroup("undecided", "Not yet decided", "Outstanding actions whose destination is not"
                    + " yet decided", undecided));
        }
        return list;
    }

    private Map<String, Object> destinationGroup(String code, String heading, String caption,
                                                 List<PlanClosure.OutstandingLine> lines) {
        return map("code", code, "anchor", "to-" + code, "heading", heading, "caption", caption, "count", lines.size(),
                "actions", lines.stream().map(this::outstanding).toList());
    }

    private Map<String, Object> outstanding(PlanClosure.OutstandingLine line) {
        return map("id", line.action().id(), "area", line.weakness().id(), "action", inline(line.action().action()),
                "lead", person(line.action().lead()), "status", ReportView.status(line.state().status()),
                "statusDate", date(line.state().statusDate()), "currentDue", date(line.state().due()),
                "recurs", recurs(line.action(), line.state().due() == null ? null : line.state().due().date()),
                "owner", line.entry() == null ? null : person(line.entry().owner()),
                "ownerIsLead", line.entry() != null && line.entry().owner() != null && line.action().lead() != null
                        && line.entry().owner().id().equals(line.action().lead().id()),
                "note", line.entry() == null ? null : block(line.entry().note()));
    }

    /**
     * A recurring action's cadence and end as the plan prints it, "Quarterly until June 2026", its end
     * as last agreed (a revised due date moves it); null for an action done once.
     */
    private static String recurs(Action action, LocalDate due) {
        if (!action.recurs() || action.recurrence().every() == null || due == null) {
            return null;
        }
        String every = action.recurrence().every().word();
        return Character.toUpperCase(every.charAt(0)) + every.substring(1) + " until "
                + (due.getDayOfMonth() == due.lengthOfMonth() ? BritishDates.formatMonth(due) : BritishDates.formatShort(due));
    }

    /** The completed actions by area, areas with none left out. */
    private List<Object> completed() {
        List<Object> groups = new ArrayList<>();
        for (Weakness weakness : resolved.plan().weaknesses()) {
            List<Object> actions = closure.completed().stream().filter(c -> c.weakness() == weakness)
                    .map(c -> (Object) map("id", c.action().id(), "action", inline(c.action().action()),
                            "lead", person(c.action().lead()), "status", ReportView.status(c.state().status()),
                            "completed", date(c.state().completed())))
                    .toList();
            if (!actions.isEmpty()) {
                groups.add(map("id", weakness.id(), "title", text(weakness.title()),
                        "anchor", "completed-" + PlanView.anchor(weakness.id()), "actions", actions));
            }
        }
        return groups;
    }

    /** A person as a table cell shows them: their organisation by its short name, as the published plan does. */
    private Map<String, Object> person(Ref ref) {
        Person person = resolved.person(ref);
        if (person == null) {
            return null;
        }
        Organisation organisation = resolved.organisation(person.organisation());
        return map("name", text(person.name()), "role", text(person.role()),
                "organisation", organisation == null ? "" : text(organisation.tableName()));
    }

    private static String capitalise(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String text(Text text) {
        return text == null || text.value() == null ? "" : text.value().strip();
    }
}
