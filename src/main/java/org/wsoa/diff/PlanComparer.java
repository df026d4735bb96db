package org.wsoa.diff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.wsoa.model.Action;
import org.wsoa.model.ActionStatus;
import org.wsoa.model.Board;
import org.wsoa.model.Dated;
import org.wsoa.model.Kpi;
import org.wsoa.model.Plan;
import org.wsoa.model.Weakness;
import org.wsoa.resolve.ActionState;
import org.wsoa.resolve.ResolvedPlan;

/**
 * Compares two versions of a plan, each resolved, and says what changed: the plan's dates, version,
 * status, contact, sign-offs, risk matrix and funding streams; organisations, people, boards, bodies and
 * the monitoring schedule ({@link GovernanceComparer}); risks ({@link RiskComparer}); resources; areas of
 * weakness; their actions and KPIs. Elements are matched by ID, so an action that moved to another area
 * is a change of area, not a removal and an addition; references are compared by the names they
 * resolve to.
 */
public final class PlanComparer {

    private final Values before;
    private final Values after;

    private PlanComparer(ResolvedPlan before, ResolvedPlan after) {
        this.before = new Values(before);
        this.after = new Values(after);
    }

    /**
     * What changed from {@code before} to {@code after}.
     *
     * @param from how the user named the older version, for the report
     * @param to   how the user named the newer version
     */
    public static PlanDiff compare(ResolvedPlan before, ResolvedPlan after, String from, String to) {
        PlanComparer comparer = new PlanComparer(before, after);
        Plan plan = after.plan();
        String title = plan.displayTitle();
        String areaWord = plan.kind() == null ? "areas" : plan.kind().areas().plural();
        GovernanceComparer governance = new GovernanceComparer(comparer.before, comparer.after);
        return new PlanDiff(from, to, title, areaWord, comparer.plan(), governance.organisations(), governance.people(),
                comparer.boards(), governance.bodies(), governance.monitoring(),
                new RiskComparer(comparer.before, comparer.after).risks(), governance.resources(), comparer.areas());
    }

    private List<FieldChange> plan() {
        ResolvedPlan old = before.plan();
        ResolvedPlan now = after.plan();
        Fields fields = new Fields();
        fields.compare(Field.KIND, old.kind() == null ? null : Values.words(old.kind().title()),
                now.kind() == null ? null : Values.words(now.kind().title()));
        fields.compare(Field.TITLE, Values.words(old.plan().title()), Values.words(now.plan().title()));
        fields.compare(Field.VERSION, Values.words(old.plan().version()), Values.words(now.plan().version()));
        fields.compare(Field.STATUS, old.plan().status() == null ? null : Values.words(old.plan().status().code()),
                now.plan().status() == null ? null : Values.words(now.plan().status().code()));
        fields.compare(Field.REPORT_RECEIVED, day(old.reportReceived()), day(now.reportReceived()));
        fields.compare(Field.DEADLINE, day(old.deadline() == null ? null : old.deadline().due()),
                day(now.deadline() == null ? null : now.deadline().due()));
        fields.compare(Field.SUBMITTED, day(old.plan().submitted()), day(now.plan().submitted()));
        fields.compare(Field.PERIOD_START, day(old.periodStart()), day(now.periodStart()));
        fields.compare(Field.PERIOD_END, day(old.periodEnd()), day(now.periodEnd()));
        fields.compare(Field.PROGRESS_AS_AT, progressDate(old), progressDate(now));
        fields.compare(Field.CONTACT, before.enquiries(old.plan().contact()), after.enquiries(now.plan().contact()));
        fields.compare(Field.APPROVED_BY, before.approvals(old.plan().approvals()), after.approvals(now.plan().approvals()));
        fields.compare(Field.CONSIDERED_BY, before.consideredBy(old.plan().consideredBy()),
                after.consideredBy(now.plan().consideredBy()));
        fields.compare(Field.RISK_MATRIX, Values.riskMatrix(old.plan().ratingMatrix()),
                Values.riskMatrix(now.plan().ratingMatrix()));
        fields.compare(Field.FUNDING_STREAMS, before.fundingStreams(), after.fundingStreams());
        return fields.changes();
    }

    private List<ElementChange> boards() {
        Map<String, Board> old = byId(before.plan().plan().boards(), Board::id);
        Map<String, Board> now = byId(after.plan().plan().boards(), Board::id);
        List<ElementChange> changes = new ArrayList<>();
        for (Board board : now.values()) {
            Board was = old.get(board.id());
            if (was == null) {
                changes.add(new ElementChange(board.id(), Values.text(board.name()), ChangeKind.ADDED,
                        describe(after, board, true)));
                continue;
            }
            Fields fields = new Fields();
            fields.compare(Field.NAME, Values.words(was.name()), Values.words(board.name()));
            fields.compare(Field.SHORT_NAME, Values.words(was.shortName()), Values.words(board.shortName()));
            fields.compare(Field.CHAIR, before.person(was.chair()), after.person(board.chair()));
            fields.members(before.members(was.members()), after.members(board.members()));
            fields.compare(Field.REPORTS_TO, before.board(was.reportsTo()), after.board(board.reportsTo()));
            fields.compare(Field.MEETS, Values.words(was.meets()), Values.words(board.meets()));
            if (!fields.isEmpty()) {
                changes.add(new ElementChange(board.id(), Values.text(board.name()), ChangeKind.CHANGED, fields.changes()));
            }
        }
        for (Board board : old.values()) {
            if (!now.containsKey(board.id())) {
                changes.add(new ElementChange(board.id(), Values.text(board.name()), ChangeKind.REMOVED,
                        describe(before, board, false)));
            }
        }
        return changes;
    }

    private static List<FieldChange> describe(Values values, Board board, boolean added) {
        Fields fields = new Fields();
        fields.describe(added, Field.CHAIR, values.person(board.chair()));
        fields.describe(added, Field.REPORTS_TO, values.board(board.reportsTo()));
        return fields.changes();
    }

    private List<AreaChange> areas() {
        Map<String, Weakness> old = byId(before.plan().plan().weaknesses(), Weakness::id);
        Map<String, Weakness> now = byId(after.plan().plan().weaknesses(), Weakness::id);
        Map<String, Action> oldActions = byId(before.plan().actions().toList(), Action::id);
        Map<String, Action> newActions = byId(after.plan().actions().toList(), Action::id);
        Map<String, Kpi> oldKpis = byId(before.plan().kpis().toList(), Kpi::id);
        Map<String, Kpi> newKpis = byId(after.plan().kpis().toList(), Kpi::id);
        List<AreaChange> areas = new ArrayList<>();
        for (Weakness weakness : now.values()) {
            Weakness was = old.get(weakness.id());
            List<ElementChange> actions = new ArrayList<>();
            for (Action action : weakness.actions()) {
                Action previous = oldActions.get(action.id());
                ElementChange change = previous == null ? added(action) : changed(previous, action);
                if (change != null) {
                    actions.add(change);
                }
            }
            List<ElementChange> kpis = new ArrayList<>();
            for (Kpi kpi : weakness.kpis()) {
                Kpi previous = oldKpis.get(kpi.id());
                ElementChange change = previous == null ? added(kpi) : changed(previous, kpi);
                if (change != null) {
                    kpis.add(change);
                }
            }
            if (was != null) {
                was.actions().stream().filter(a -> !newActions.containsKey(a.id())).map(this::removed).forEach(actions::add);
                was.kpis().stream().filter(k -> !newKpis.containsKey(k.id())).map(this::removed).forEach(kpis::add);
            }
            Fields fields = new Fields();
            ChangeKind kind = null;
            if (was == null) {
                kind = ChangeKind.ADDED;
                fields.describe(true, Field.TITLE, Values.words(weakness.title()));
            } else {
                fields.compare(Field.TITLE, Values.words(was.title()), Values.words(weakness.title()));
                kind = fields.isEmpty() ? null : ChangeKind.CHANGED;
            }
            add(areas, new AreaChange(weakness.id(), Values.text(weakness.title()), kind, fields.changes(), actions, kpis));
        }
        for (Weakness weakness : old.values()) {
            if (now.containsKey(weakness.id())) {
                continue;
            }
            Fields fields = new Fields();
            fields.describe(false, Field.TITLE, Values.words(weakness.title()));
            // Actions and KPIs that moved to another area are reported there; the rest went with this one.
            List<ElementChange> actions = weakness.actions().stream().filter(a -> !newActions.containsKey(a.id()))
                    .map(this::removed).toList();
            List<ElementChange> kpis = weakness.kpis().stream().filter(k -> !newKpis.containsKey(k.id()))
                    .map(this::removed).toList();
            add(areas, new AreaChange(weakness.id(), Values.text(weakness.title()), ChangeKind.REMOVED,
                    fields.changes(), actions, kpis));
        }
        return areas;
    }

    private static void add(List<AreaChange> areas, AreaChange area) {
        if (area.count() > 0) {
            areas.add(area);
        }
    }

    private ElementChange added(Action action) {
        return new ElementChange(action.id(), Values.text(action.action()), ChangeKind.ADDED, describe(after, action, true));
    }

    private ElementChange removed(Action action) {
        return new ElementChange(action.id(), Values.text(action.action()), ChangeKind.REMOVED,
                describe(before, action, false));
    }

    private static List<FieldChange> describe(Values values, Action action, boolean added) {
        Fields fields = new Fields();
        fields.describe(added, Field.LEAD, values.person(action.lead()));
        fields.describe(added, Field.START, day(action.start()));
        fields.describe(added, Field.DUE, Values.due(action));
        fields.describe(added, Field.RECURS, Values.recurs(action));
        fields.describe(added, Field.UNTIL, Values.until(action));
        return fields.changes();
    }

    private ElementChange changed(Action was, Action action) {
        Fields fields = new Fields();
        fields.compare(Field.AREA, before.weaknessOf(was), after.weaknessOf(action));
        fields.compare(Field.WORDING, Values.words(was.action()), Values.words(action.action()));
        fields.compare(Field.LEAD, before.person(was.lead()), after.person(action.lead()));
        fields.compare(Field.PARTNERS, before.organisations(was.partners()), after.organisations(action.partners()));
        fields.compare(Field.START, day(was.start()), day(action.start()));
        fields.compare(Field.DUE, Values.due(was), Values.due(action));
        fields.compare(Field.RECURS, Values.recurs(was), Values.recurs(action));
        fields.compare(Field.UNTIL, Values.until(was), Values.until(action));
        fields.compare(Field.REVISED_DUE, before.revisedDue(was), after.revisedDue(action));
        fields.compare(Field.IMPACT, Values.words(was.impact()), Values.words(action.impact()));
        fields.compare(Field.STATUS, status(before.plan(), was), status(after.plan(), action));
        return fields.isEmpty() ? null
                : new ElementChange(action.id(), Values.text(action.action()), ChangeKind.CHANGED, fields.changes());
    }

    /** The date of the latest progress file, which actions' statuses are as at; null when there is none. */
    private static Value progressDate(ResolvedPlan plan) {
        return plan.progress() == null || !plan.progress().isRecorded() ? null : day(plan.progress().asOf());
    }

    /** The status as at the plan's latest progress file; an action no file mentions has not started. */
    private static Value status(ResolvedPlan plan, Action action) {
        ActionState state = plan.progress() == null ? null : plan.progress().action(action);
        ActionStatus status = state == null || state.status() == null ? ActionStatus.NOT_STARTED : state.status();
        return Values.words(status.label());
    }

    private ElementChange added(Kpi kpi) {
        return new ElementChange(kpi.id(), Values.text(kpi.name()), ChangeKind.ADDED, describe(kpi, true));
    }

    private ElementChange removed(Kpi kpi) {
        return new ElementChange(kpi.id(), Values.text(kpi.name()), ChangeKind.REMOVED, describe(kpi, false));
    }

    private static List<FieldChange> describe(Kpi kpi, boolean added) {
        Fields fields = new Fields();
        fields.describe(added, Field.BASELINE, Values.figure(kpi.baseline(), kpi.unit()));
        fields.describe(added, Field.TARGET, Values.figure(kpi.target(), kpi.unit()));
        return fields.changes();
    }

    private ElementChange changed(Kpi was, Kpi kpi) {
        Fields fields = new Fields();
        fields.compare(Field.AREA, before.weaknessOf(was), after.weaknessOf(kpi));
        fields.compare(Field.NAME, Values.words(was.name()), Values.words(kpi.name()));
        fields.compare(Field.UNIT, Values.words(was.unit()), Values.words(kpi.unit()));
        fields.compare(Field.DIRECTION, Values.direction(was.direction()), Values.direction(kpi.direction()));
        fields.compare(Field.BASELINE, Values.figure(was.baseline(), was.unit()), Values.figure(kpi.baseline(), kpi.unit()));
        fields.compare(Field.TARGET, Values.figure(was.target(), was.unit()), Values.figure(kpi.target(), kpi.unit()));
        fields.compare(Field.TRAJECTORY, Values.trajectory(was), Values.trajectory(kpi));
        fields.compare(Field.OWNER, before.person(was.owner()), after.person(kpi.owner()));
        return fields.isEmpty() ? null : new ElementChange(kpi.id(), Values.text(kpi.name()), ChangeKind.CHANGED,
                fields.changes());
    }

    private static Value day(Dated dated) {
        return dated == null ? null : day(dated.date());
    }

    private static Value day(LocalDate date) {
        return date == null ? null : new Value.Day(date);
    }

    /** The elements by ID, in order; an element without an ID (already reported by the loader) is left out. */
    private static <T> Map<String, T> byId(List<T> elements, Function<T, String> id) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (T element : elements) {
            if (id.apply(element) != null) {
                byId.putIfAbsent(id.apply(element), element);
            }
        }
        return byId;
    }
}
