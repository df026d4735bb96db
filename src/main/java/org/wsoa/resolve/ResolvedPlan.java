package org.wsoa.resolve;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.wsoa.calendar.BritishDates;
import org.wsoa.calendar.WorkingDays;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.load.PlanFile;
import org.wsoa.model.Action;
import org.wsoa.model.AreaTerm;
import org.wsoa.model.Board;
import org.wsoa.model.Body;
import org.wsoa.model.Dated;
import org.wsoa.model.Framework;
import org.wsoa.model.FundingStream;
import org.wsoa.model.Kpi;
import org.wsoa.model.Organisation;
import org.wsoa.model.Person;
import org.wsoa.model.Plan;
import org.wsoa.model.PlanKind;
import org.wsoa.model.Ref;
import org.wsoa.model.Text;
import org.wsoa.model.ReportedArea;
import org.wsoa.model.Weakness;

/**
 * A plan as every check and every edition reads it: the model as loaded, with everything it implies
 * worked out once by {@link Resolver}: references resolved to the people, organisations, boards,
 * actions and KPIs they name; the deadline with its explanation; the delivery period; resource
 * totals; the partners; the progress as at the reporting point. Nothing downstream works these out
 * again.
 *
 * <p>Parts that could not be loaded are null or empty, and their files are listed in
 * {@link #isUnreadable}, so that checks of what they hold can stay silent: the loader has already
 * reported them.
 */
public final class ResolvedPlan {

    private final Plan plan;
    private final Set<PlanFile> unreadable;
    private final WorkingDays calendar;
    private final Limits limits;
    private final Map<String, Organisation> organisations;
    private final Map<String, Person> people;
    private final Map<String, Board> boards;
    private final Map<String, Body> bodies;
    private final Map<String, Weakness> weaknesses;
    private final Map<String, Action> actions;
    private final Map<String, Kpi> kpis;
    private final Map<Object, Weakness> weaknessOf;
    private final Dated reportReceived;
    private final PlanDeadline deadline;
    private final LocalDate approvedOn;
    private final LocalDate periodStart;
    private final String periodFrom;
    private final LocalDate periodEnd;
    private final ResourceTotals resources;
    private final Framework framework;
    private final FollowUp followUp;
    private final List<Diagnostic> overLimits;
    private final PlanProgress progress;
    private final PlanClosure closure;

    ResolvedPlan(Resolver resolved) {
        this.plan = resolved.plan;
        this.unreadable = resolved.unreadable;
        this.calendar = resolved.calendar;
        this.limits = resolved.limits;
        this.organisations = resolved.organisations;
        this.people = resolved.people;
        this.boards = resolved.boards;
        this.bodies = resolved.bodies;
        this.weaknesses = resolved.weaknesses;
        this.actions = resolved.actions;
        this.kpis = resolved.kpis;
        this.weaknessOf = resolved.weaknessOf;
        this.reportReceived = resolved.reportReceived;
        this.deadline = resolved.deadline;
        this.approvedOn = resolved.approvedOn;
        this.periodStart = resolved.periodStart;
        this.periodFrom = resolved.periodFrom;
        this.periodEnd = resolved.periodEnd;
        this.resources = resolved.resources;
        this.framework = resolved.framework;
        this.followUp = resolved.followUp;
        this.overLimits = List.copyOf(resolved.overLimits);
        this.progress = resolved.progress;
        this.closure = resolved.closure;
    }

    /**
     * A finding for each bound on wsoa's work ({@link Limits}) that the plan goes beyond; while there
     * is one, no rule runs and nothing is published.
     */
    public List<Diagnostic> overLimits() {
        return overLimits;
    }

    /** The plan as agreed, as loaded; its progress as at the reporting point is {@link #progress()}. */
    public Plan plan() {
        return plan;
    }

    /** The plan's kind, or null when plan.yaml does not say (already reported). */
    public PlanKind kind() {
        return plan.kind();
    }

    /** Whether {@code file} is missing or could not be read, so that what it holds is unknown. */
    public boolean isUnreadable(PlanFile file) {
        return unreadable.contains(file);
    }

    /** The working days that deadlines and due dates are counted in. */
    public WorkingDays calendar() {
        return calendar;
    }

    /** The limits checks compare against: wsoa's defaults with the plan's own settings. */
    public Limits limits() {
        return limits;
    }

    // References, resolved. Each returns null for a missing or unresolved reference: the loader
    // reports those.

    public Organisation organisation(Ref ref) {
        return ref == null ? null : organisations.get(ref.id());
    }

    public Person person(Ref ref) {
        return ref == null ? null : people.get(ref.id());
    }

    public Board board(Ref ref) {
        return ref == null ? null : boards.get(ref.id());
    }

    /** The committee or body (without a chair) of governance.yaml, or null. */
    public Body body(Ref ref) {
        return ref == null ? null : bodies.get(ref.id());
    }

    /**
     * The name of the board or body that {@code ref} names, as written; its ID when it names neither
     * (or its name is missing), null for no reference.
     */
    public String governanceName(Ref ref) {
        if (ref == null) {
            return null;
        }
        Board board = board(ref);
        if (board != null && board.name() != null) {
            return board.name().value();
        }
        Body body = body(ref);
        return body != null && body.name() != null ? body.name().value() : ref.id();
    }

    /**
     * The name of the body of a sign-off or consideration: written under {@code body}, or the name of
     * the board or body its {@code board} names; null when neither is there.
     */
    public String signOffBody(Text body, Ref board) {
        return body != null ? body.value() : governanceName(board);
    }

    public Action action(Ref ref) {
        return ref == null ? null : actions.get(ref.id());
    }

    public Weakness weakness(String id) {
        return id == null ? null : weaknesses.get(id);
    }

    public Kpi kpi(String id) {
        return id == null ? null : kpis.get(id);
    }

    /** The organisation of the person a reference names, or null. */
    public Organisation organisationOf(Ref personRef) {
        Person person = person(personRef);
        return person == null ? null : organisation(person.organisation());
    }

    /** The area of weakness an action or KPI belongs to. */
    public Weakness weaknessOf(Action action) {
        return weaknessOf.get(action);
    }

    public Weakness weaknessOf(Kpi kpi) {
        return weaknessOf.get(kpi);
    }

    /** The organisation's name as written, or the reference's ID when it names none. */
    public String organisationName(Ref ref) {
        Organisation organisation = organisation(ref);
        return organisation == null || organisation.name() == null ? ref.id() : organisation.name().value();
    }

    /** The funding stream a resource's funder names, or null when it names an organisation or nothing. */
    public FundingStream fundingStream(Ref ref) {
        if (ref == null || plan.resources() == null) {
            return null;
        }
        return plan.resources().fundingStreams().stream().filter(s -> ref.id().equals(s.id())).findFirst().orElse(null);
    }

    /** The organisations the plan names as its partners, in order; unresolved ones left out. */
    public List<Organisation> partners() {
        return plan.partners().stream().map(this::organisation).filter(o -> o != null).toList();
    }

    /** Every action of every weakness, in plan order. */
    public Stream<Action> actions() {
        return plan.actions();
    }

    /** Every KPI of every weakness, in plan order. */
    public Stream<Kpi> kpis() {
        return plan.kpis();
    }

    // What the plan implies.

    /**
     * The report that the plan answers, as received: the revisit's for a kind that follows a revisit
     * (when recorded), else the inspection's; null if unknown.
     */
    public Dated reportReceived() {
        return reportReceived;
    }

    /** The submission deadline, or null when plan.yaml could not be read. */
    public PlanDeadline deadline() {
        return deadline;
    }

    /**
     * The day the plan as written was approved, after which its dates were settled: its last dated
     * sign-off under {@code approvals:}, or, if none is dated, its submission; null if neither.
     */
    public LocalDate approvedOn() {
        return approvedOn;
    }

    /**
     * The delivery period's first day: as written; else the day the plan was accepted as fit for
     * purpose; until then the day it was submitted, or the day the report was received; null if none.
     */
    public LocalDate periodStart() {
        return periodStart;
    }

    /** The period's last day: as written, else {@code plan-months} after its start; null if unknown. */
    public LocalDate periodEnd() {
        return periodEnd;
    }

    /**
     * "the plan period (4 January 2022 to 30 June 2023)", or the default period's wording: "the default
     * plan period of 18 months from approval (1 April 2025 to 1 October 2026)".
     */
    public String describePeriod() {
        String range = BritishDates.formatShort(periodStart) + " to " + BritishDates.formatShort(periodEnd);
        return plan.period() != null && plan.period().end() != null ? "the plan period (" + range + ")"
                : "the default plan period of " + limits.get(Limits.PLAN_MONTHS) + " months"
                        + (periodFrom == null ? "" : " from " + periodFrom) + " (" + range + ")";
    }

    /**
     * What the plan calls an area: as the report lists it under the 2023 framework (an area for
     * priority action or for improvement), else in the words of the plan's kind.
     */
    public AreaTerm termOf(Weakness weakness) {
        if (plan.inspection() != null && weakness.id() != null) {
            for (ReportedArea area : plan.inspection().areas()) {
                if (weakness.id().equals(area.id())) {
                    return area.term();
                }
            }
        }
        return plan.kind() == null ? AreaTerm.SIGNIFICANT_WEAKNESS : plan.kind().areas();
    }

    /** The inspection framework: as plan.yaml says, else the kind's; null when neither is known. */
    public Framework framework() {
        return framework;
    }

    /** What the 2023 framework says follows the inspection: its outcome and the next inspections. */
    public FollowUp followUp() {
        return followUp;
    }

    /** The resources added up, or null when the plan has no resources.yaml. */
    public ResourceTotals resources() {
        return resources;
    }

    /** The plan's progress as at its reporting point: the latest progress file, or the date asked for. */
    public PlanProgress progress() {
        return progress;
    }

    /**
     * The plan at its close, from closure.yaml and the progress as at the reporting point; null while
     * the plan is open: it has no closure.yaml, or it is judged as at a day (--as-of) before it closed.
     */
    public PlanClosure closure() {
        return closure;
    }
}
