package org.wsoa.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.wsoa.model.Action;
import org.wsoa.model.Closure;
import org.wsoa.model.Destination;
import org.wsoa.model.Kpi;
import org.wsoa.model.KpiActual;
import org.wsoa.model.OutstandingAction;
import org.wsoa.model.Plan;
import org.wsoa.model.ProgressReport;
import org.wsoa.model.Weakness;

/**
 * A plan at its close, worked out once from {@code closure.yaml} and the plan's progress as at its
 * reporting point: the actions complete, every action not complete with what closure.yaml says of it
 * (or nothing, which the closure check reports), the blocks closure.yaml gives for actions that are
 * in fact complete, and each KPI's latest actual against its target. The closure check and the
 * closure report both read this; neither works out again which actions are outstanding.
 */
public final class PlanClosure {

    /** An action complete as at the reporting point, in its area. */
    public record CompletedAction(Action action, Weakness weakness, ActionState state) {
    }

    /**
     * An action not complete as at the reporting point, in its area, with its block in closure.yaml.
     *
     * @param entry what closure.yaml says of it, or null when it says nothing
     */
    public record OutstandingLine(Action action, Weakness weakness, ActionState state, OutstandingAction entry) {

        /** Where it goes, or null while closure.yaml does not say. */
        public Destination destination() {
            return entry == null ? null : entry.destination();
        }
    }

    /** A KPI's latest actual as at the reporting point (null when none), and where that leaves it against its target. */
    public record KpiResult(Kpi kpi, Weakness weakness, KpiActual latest, TargetOutcome outcome) {
    }

    private final Closure closure;
    private final LocalDate asOf;
    private final List<CompletedAction> completed;
    private final List<OutstandingLine> outstanding;
    private final List<OutstandingAction> notOutstanding;
    private final List<KpiResult> kpis;
    private final List<ProgressReport> afterClosing;

    private PlanClosure(Closure closure, LocalDate asOf, List<CompletedAction> completed,
                        List<OutstandingLine> outstanding, List<OutstandingAction> notOutstanding,
                        List<KpiResult> kpis, List<ProgressReport> afterClosing) {
        this.closure = closure;
        this.asOf = asOf;
        this.completed = List.copyOf(completed);
        this.outstanding = List.copyOf(outstanding);
        this.notOutstanding = List.copyOf(notOutstanding);
        this.kpis = List.copyOf(kpis);
        this.afterClosing = List.copyOf(afterClosing);
    }

    /** The closure of {@code plan}, as at {@code progress}'s reporting point; null while the plan has no closure.yaml. */
    static PlanClosure of(Plan plan, PlanProgress progress) {
        Closure closure = plan.closure();
        if (closure == null) {
            return null;
        }
        // A block for an action ID written twice is the loader's duplicate-key finding; the first is kept.
        Map<String, OutstandingAction> entries = closure.outstanding().stream()
                .collect(Collectors.toMap(e -> e.action().id(), Function.identity(), (first, second) -> first));
        List<CompletedAction> completed = new ArrayList<>();
        List<OutstandingLine> outstanding = new ArrayList<>();
        List<KpiResult> kpis = new ArrayList<>();
        Set<String> complete = new HashSet<>();
        for (Weakness weakness : plan.weaknesses()) {
            for (Action action : weakness.actions()) {
                ActionState state = progress.action(action);
                if (state == null) {
                    continue;
                }
                if (state.isComplete()) {
                    completed.add(new CompletedAction(action, weakness, state));
                    complete.add(action.id());
                } else {
                    outstanding.add(new OutstandingLine(action, weakness, state, entries.get(action.id())));
                }
            }
            for (Kpi kpi : weakness.kpis()) {
                KpiState state = progress.kpi(kpi);
                KpiActual latest = state == null ? null : state.latest();
                kpis.add(new KpiResult(kpi, weakness, latest, TargetOutcome.of(kpi, latest)));
            }
        }
        List<OutstandingAction> notOutstanding = closure.outstanding().stream()
                .filter(e -> complete.contains(e.action().id())).toList();
        LocalDate closed = closure.date() == null ? null : closure.date().date();
        List<ProgressReport> afterClosing = closed == null ? List.of() : plan.progress().stream()
                .filter(r -> r.date() != null && r.date().date().isAfter(closed)).toList();
        return new PlanClosure(closure, progress.asOf(), completed, outstanding, notOutstanding, kpis, afterClosing);
    }

    /** What closure.yaml says. */
    public Closure closure() {
        return closure;
    }

    /** The day the plan closed, or null when closure.yaml does not say (the loader reports it). */
    public LocalDate closedOn() {
        return closure.date() == null ? null : closure.date().date();
    }

    /** The reporting point the closure is judged as at: the latest progress file, or null when there is none. */
    public LocalDate asOf() {
        return asOf;
    }

    /** The actions complete as at the reporting point, in plan order. */
    public List<CompletedAction> completed() {
        return completed;
    }

    /** The actions not complete as at the reporting point, in plan order, each with what closure.yaml says of it. */
    public List<OutstandingLine> outstanding() {
        return outstanding;
    }

    /** The outstanding actions closure.yaml sends to {@code destination}, in plan order. */
    public List<OutstandingLine> goingTo(Destination destination) {
        return outstanding.stream().filter(line -> line.destination() == destination).toList();
    }

    /** The blocks closure.yaml gives for actions that are complete as at the reporting point. */
    public List<OutstandingAction> notOutstanding() {
        return notOutstanding;
    }

    /** Each KPI, in plan order, with its latest actual against its target. */
    public List<KpiResult> kpis() {
        return kpis;
    }

    /** The progress files dated after the plan closed, in date order: a plan that has closed reports no more. */
    public List<ProgressReport> afterClosing() {
        return afterClosing;
    }
}
