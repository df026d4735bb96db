package org.wsoa.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wsoa.model.Action;
import org.wsoa.model.ActionProgress;
import org.wsoa.model.ActionStatus;
import org.wsoa.model.AreaRating;
import org.wsoa.model.Board;
import org.wsoa.model.Dated;
import org.wsoa.model.Evidence;
import org.wsoa.model.Frequency;
import org.wsoa.model.Kpi;
import org.wsoa.model.KpiActual;
import org.wsoa.model.Plan;
import org.wsoa.model.ProgressReport;
import org.wsoa.model.RevisedDue;
import org.wsoa.model.ReviewMeeting;
import org.wsoa.model.RiskReview;
import org.wsoa.model.SourceRef;
import org.wsoa.model.Text;
import org.wsoa.model.Weakness;

/** Works out a {@link PlanProgress} from the plan's progress files, as at one date. */
final class ProgressResolver {

    private ProgressResolver() {
    }

    /**
     * @param asOf        the reporting point, or null for none
     * @param periodStart the first day of the plan's delivery period, from which KPIs are due to be reported
     * @param periodEnd   its last day, after which they are not
     * @param oversight   the board that oversees the plan, or null
     */
    static PlanProgress resolve(Plan plan, LocalDate asOf, LocalDate periodStart, LocalDate periodEnd,
                                Board oversight) {
        List<ProgressReport> reports = asOf == null ? List.of()
                : plan.progress().stream().filter(r -> !r.date().date().isAfter(asOf)).toList();
        Map<String, List<ActionState.Entry>> entries = new HashMap<>();
        Map<String, List<KpiActual>> actuals = new HashMap<>();
        Map<String, AreaRating> areas = new HashMap<>();
        Map<String, RiskReview> risks = new HashMap<>();
        Map<String, ReviewMeeting> reviews = new LinkedHashMap<>();
        for (ProgressReport report : reports) {
            LocalDate date = report.date().date();
            for (ActionProgress progress : report.actions()) {
                entries.computeIfAbsent(progress.action().id(), id -> new ArrayList<>())
                        .add(new ActionState.Entry(date, report.file(), progress));
            }
            for (KpiActual actual : report.actuals()) {
                actuals.computeIfAbsent(actual.kpi().id(), id -> new ArrayList<>()).add(actual);
            }
            report.areas().forEach(area -> areas.put(area.weakness().id(), area));
            report.risks().forEach(risk -> risks.put(risk.risk().id(), risk));
            for (ReviewMeeting meeting : report.reviews()) {
                if (meeting.date() != null) {
                    reviews.put(meeting.date().date().toString(), meeting);
                }
            }
        }
        Map<String, ActionState> actions = new HashMap<>();
        plan.actions().filter(a -> a.id() != null)
                .forEach(a -> actions.putIfAbsent(a.id(), state(a, entries.getOrDefault(a.id(), List.of()))));
        Map<String, KpiState> kpis = new HashMap<>();
        plan.kpis().filter(k -> k.id() != null).forEach(k -> kpis.putIfAbsent(k.id(),
                kpi(k, actuals.getOrDefault(k.id(), List.of()), asOf, periodStart, periodEnd)));
        List<ReviewMeeting> meetings = new ArrayList<>(reviews.values());
        meetings.sort(Comparator.comparing(m -> m.date().date()));
        return new PlanProgress(asOf, reports, actions, kpis, areas, risks, meetings,
                oversight == null ? null : Frequency.of(oversight.meets()),
                changes(plan, reports, entries, actions, areas));
    }

    /** What the latest file changed: each action's state before it against its state now, and the areas rated anew. */
    private static ProgressChanges changes(Plan plan, List<ProgressReport> reports,
                                           Map<String, List<ActionState.Entry>> entries, Map<String, ActionState> now,
                                           Map<String, AreaRating> areasNow) {
        if (reports.isEmpty()) {
            return ProgressChanges.NONE;
        }
        ProgressReport latest = reports.get(reports.size() - 1);
        ProgressReport previous = reports.size() < 2 ? null : reports.get(reports.size() - 2);
        LocalDate date = latest.date().date();
        List<ProgressChanges.ActionChange> actions = new ArrayList<>();
        // An ID defined twice (the loader's finding) is compared once, as the first definition.
        java.util.Set<String> seen = new java.util.HashSet<>();
        plan.actions().filter(a -> a.id() != null && seen.add(a.id())).forEach(action -> {
            List<ActionState.Entry> history = entries.getOrDefault(action.id(), List.of());
            List<ActionState.Entry> earlier = history.stream().filter(e -> e.date().isBefore(date)).toList();
            if (earlier.size() < history.size()) {
                ProgressChanges.ActionChange change = new ProgressChanges.ActionChange(state(action, earlier),
                        now.get(action.id()));
                if (change.isNewlyComplete() || change.isStatusChange() || change.newRevisedDue() != null) {
                    actions.add(change);
                }
            }
        });
        Map<String, AreaRating> areasBefore = new HashMap<>();
        reports.subList(0, reports.size() - 1)
                .forEach(r -> r.areas().forEach(area -> areasBefore.put(area.weakness().id(), area)));
        List<ProgressChanges.AreaChange> areas = new ArrayList<>();
        for (Weakness weakness : plan.weaknesses()) {
            AreaRating after = areasNow.get(weakness.id());
            AreaRating before = areasBefore.get(weakness.id());
            if (after != null && latest.areas().contains(after) && after.rating() != null
                    && (before == null || before.rating() != after.rating())) {
                areas.add(new ProgressChanges.AreaChange(weakness, before == null ? null : before.rating(), after));
            }
        }
        return new ProgressChanges(previous, latest, actions, areas, latest.actuals());
    }

    /** What the latest entry that says each thing says of it; evidence from them all. */
    private static ActionState state(Action action, List<ActionState.Entry> history) {
        ActionStatus status = null;
        LocalDate statusDate = null;
        SourceRef statusAt = null;
        Dated completed = null;
        RevisedDue revised = null;
        Text update = null;
        List<Evidence> evidence = new ArrayList<>();
        for (ActionState.Entry entry : history) {
            ActionProgress progress = entry.progress();
            if (progress.status() != null) {
                status = progress.status();
                statusDate = entry.date();
                statusAt = progress.statusAt();
            }
            completed = progress.completed() != null ? progress.completed() : completed;
            revised = progress.revisedDue() != null ? progress.revisedDue() : revised;
            update = progress.update() != null ? progress.update() : update;
            evidence.addAll(progress.evidence());
        }
        if (action.doneBeforePlan() && status == null && action.due() != null) {
            // Work done before the plan is complete from the day it was done: the plan itself says so.
            status = ActionStatus.COMPLETE;
            statusDate = action.due().date();
            statusAt = action.due().at();
            completed = completed == null ? action.due() : completed;
        }
        LocalDate lastReported = history.isEmpty() ? null : history.get(history.size() - 1).date();
        return new ActionState(action.id(), status, statusDate, statusAt, completed, action.due(), revised, update,
                lastReported, evidence, history);
    }

    private static KpiState kpi(Kpi kpi, List<KpiActual> actuals, LocalDate asOf, LocalDate periodStart,
                                LocalDate periodEnd) {
        List<KpiActual> dated = new ArrayList<>(actuals.stream().filter(a -> a.date() != null && a.value() != null)
                .toList());
        dated.sort(Comparator.comparing(a -> a.date().date()));
        List<ReportingPeriod> missed = new ArrayList<>();
        if (asOf != null && periodStart != null) {
            LocalDate baseline = kpi.baseline() == null || kpi.baseline().date() == null ? null
                    : kpi.baseline().date().date();
            for (ReportingPeriod period : ReportingPeriod.over(Frequency.of(kpi.frequency()), periodStart, periodEnd,
                    asOf)) {
                boolean measured = baseline != null && period.contains(baseline)
                        || dated.stream().anyMatch(a -> period.contains(a.date().date()));
                if (!measured) {
                    missed.add(period);
                }
            }
        }
        return new KpiState(kpi, dated, Trajectory.of(kpi), missed);
    }
}
