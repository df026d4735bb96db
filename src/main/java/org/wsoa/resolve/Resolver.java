package org.wsoa.resolve;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wsoa.calendar.Deadline;
import org.wsoa.calendar.OutsideKnownYearsException;
import org.wsoa.calendar.WorkingDays;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.load.LoadResult;
import org.wsoa.load.PlanFile;
import org.wsoa.model.Action;
import org.wsoa.model.Approval;
import org.wsoa.model.BankHoliday;
import org.wsoa.model.Dated;
import org.wsoa.model.DeadlineRule;
import org.wsoa.model.DeadlineSetter;
import org.wsoa.model.Framework;
import org.wsoa.model.Inspection;
import org.wsoa.model.Kpi;
import org.wsoa.model.Plan;
import org.wsoa.model.PlanKind;
import org.wsoa.model.SourceRef;
import org.wsoa.model.Weakness;

/** Works out, once, what a loaded plan implies: the one place that makes a {@link ResolvedPlan}. */
public final class Resolver {

    final Plan plan;
    final Set<PlanFile> unreadable;
    final WorkingDays calendar;
    final Limits limits;
    final Map<String, org.wsoa.model.Organisation> organisations = new HashMap<>();
    final Map<String, org.wsoa.model.Person> people = new HashMap<>();
    final Map<String, org.wsoa.model.Board> boards = new HashMap<>();
    final Map<String, org.wsoa.model.Body> bodies = new HashMap<>();
    final Map<String, Weakness> weaknesses = new HashMap<>();
    final Map<String, Action> actions = new HashMap<>();
    final Map<String, Kpi> kpis = new HashMap<>();
    final Map<Object, Weakness> weaknessOf = new IdentityHashMap<>();
    final Dated reportReceived;
    final PlanDeadline deadline;
    final LocalDate approvedOn;
    final LocalDate periodStart;
    final String periodFrom;
    final LocalDate periodEnd;
    final ResourceTotals resources;
    final Framework framework;
    final FollowUp followUp;
    final List<Diagnostic> overLimits;
    final PlanProgress progress;
    final PlanClosure closure;

    private Resolver(LoadResult loaded, WorkingDays calendar, LocalDate asOf) {
        Plan agreed = loaded.plan();
        this.unreadable = loaded.unreadable();
        this.calendar = withPlansOwnHolidays(calendar, agreed);
        this.limits = new Limits(agreed.validation().limits());
        // The first definition of an ID wins; a second one is the loader's duplicate-id finding.
        agreed.organisations().forEach(o -> put(organisations, o.id(), o));
        agreed.people().forEach(p -> put(people, p.id(), p));
        agreed.boards().forEach(b -> put(boards, b.id(), b));
        agreed.bodies().forEach(b -> put(bodies, b.id(), b));
        this.reportReceived = reportAnswered(agreed) == null ? null : reportAnswered(agreed).reportReceived();
        this.deadline = deadline(agreed, this.calendar);
        this.approvedOn = approvedOn(agreed);
        PeriodStart start = periodStart(agreed, reportReceived);
        this.periodStart = start == null ? null : start.date();
        this.periodFrom = start == null ? null : start.from();
        this.periodEnd = agreed.period() != null && agreed.period().end() != null ? agreed.period().end().date()
                : periodStart == null ? null : periodStart.plusMonths(limits.get(Limits.PLAN_MONTHS));
        this.resources = agreed.resources() == null ? null : ResourceTotals.of(agreed.resources());
        this.framework = agreed.framework() != null ? agreed.framework().value()
                : agreed.kind() == null ? null : agreed.kind().framework();
        this.followUp = FollowUp.of(agreed, framework);
        LocalDate reportingPoint = asOf != null ? asOf
                : agreed.progress().isEmpty() ? null : agreed.progress().get(agreed.progress().size() - 1).date().date();
        this.progress = ProgressResolver.resolve(agreed, reportingPoint, periodStart, periodEnd,
                agreed.oversight() == null ? null : boards.get(agreed.oversight().id()));
        // As at a day before it closed (--as-of, to issue again the report of an earlier quarter), the
        // plan was open: closure.yaml, which says where the actions outstanding at the close go, is not
        // yet in force.
        boolean closedYet = asOf == null || agreed.closure() == null || agreed.closure().date() == null
                || !asOf.isBefore(agreed.closure().date().date());
        this.closure = closedYet ? PlanClosure.of(agreed, progress) : null;
        this.plan = agreed;
        for (Weakness weakness : plan.weaknesses()) {
            put(weaknesses, weakness.id(), weakness);
            for (Action action : weakness.actions()) {
                put(actions, action.id(), action);
                weaknessOf.put(action, weakness);
            }
            for (Kpi kpi : weakness.kpis()) {
                put(kpis, kpi.id(), kpi);
                weaknessOf.put(kpi, weakness);
            }
        }
        List<Action> allActions = plan.weaknesses().stream().flatMap(w -> w.actions().stream()).toList();
        DependencyChains chains = DependencyChains.of(allActions, ref -> ref == null ? null : actions.get(ref.id()));
        this.overLimits = limits.exceeded(plan, chains, SourceRef.file(plan.directory()));
    }

    /**
     * The day the plan as written was approved: its last dated sign-off under {@code approvals:}, or,
     * if none is dated, the day it was submitted; null for a plan not yet approved nor submitted.
     */
    private static LocalDate approvedOn(Plan plan) {
        LocalDate last = null;
        for (Approval approval : plan.approvals()) {
            if (approval.date() != null && (last == null || approval.date().date().isAfter(last))) {
                last = approval.date().date();
            }
        }
        return last != null ? last : plan.submitted() == null ? null : plan.submitted().date();
    }

    /** Where the delivery period starts, and from what, in words ("approval"), or null when written. */
    private record PeriodStart(LocalDate date, String from) {
    }

    /**
     * The period's first day: as written; else the day the plan was accepted as fit for purpose, as the
     * published plans say ("18 months from approval"); until that is recorded, the day it was
     * submitted; failing that, the day the report was received.
     */
    private static PeriodStart periodStart(Plan plan, Dated reportReceived) {
        if (plan.period() != null && plan.period().start() != null) {
            return new PeriodStart(plan.period().start().date(), null);
        }
        if (plan.accepted() != null && plan.accepted().date() != null) {
            return new PeriodStart(plan.accepted().date().date(), "approval");
        }
        if (plan.submitted() != null) {
            return new PeriodStart(plan.submitted().date(), "submission, until its approval is recorded");
        }
        return reportReceived == null ? null : new PeriodStart(reportReceived.date(),
                "receipt of the report, until its approval is recorded");
    }

    /**
     * The plan with everything it implies worked out, counting working days in {@code calendar}, as
     * at its latest progress file (if it has any).
     */
    public static ResolvedPlan resolve(LoadResult loaded, WorkingDays calendar) {
        return resolve(loaded, calendar, null);
    }

    /**
     * The plan as at {@code asOf}: progress files dated after it are left out, and checks judge dates
     * as at that day. A null {@code asOf} means the date of the latest progress file.
     */
    public static ResolvedPlan resolve(LoadResult loaded, WorkingDays calendar, LocalDate asOf) {
        return new ResolvedPlan(new Resolver(loaded, calendar, asOf));
    }

    /** The calendar with the one-off bank holidays the plan adds. */
    private static WorkingDays withPlansOwnHolidays(WorkingDays calendar, Plan plan) {
        Map<LocalDate, String> extra = new java.util.TreeMap<>();
        for (BankHoliday holiday : plan.bankHolidays()) {
            if (holiday.date() != null) {
                extra.put(holiday.date().date(), holiday.name() == null ? "Bank holiday" : holiday.name().value());
            }
        }
        return extra.isEmpty() ? calendar : new WorkingDays(calendar.holidays().with(Map.of(), extra));
    }

    private static <T> void put(Map<String, T> map, String id, T value) {
        if (id != null) {
            map.putIfAbsent(id, value);
        }
    }

    /** The inspection whose report the plan answers: the revisit for a kind that follows one, if recorded. */
    private static Inspection reportAnswered(Plan plan) {
        boolean revisit = plan.kind() != null && plan.kind().followsRevisit() && plan.revisit() != null
                && plan.revisit().inspection().reportReceived() != null;
        return revisit ? plan.revisit().inspection() : plan.inspection();
    }

    private static PlanDeadline deadline(Plan plan, WorkingDays calendar) {
        DeadlineRule rule = plan.deadline();
        if (rule == null) {
            return null;
        }
        PlanKind kind = plan.kind();
        DeadlineSetter setBy = kind == null ? DeadlineSetter.REGULATIONS : kind.deadlineSetter();
        if (!setBy.counts()) {
            return rule.due() != null ? PlanDeadline.given(rule.due(), rule.agreedBy(), rule.agreedOn(), setBy)
                    : PlanDeadline.unknown(setBy, new PlanDeadline.Problem(setBy.missingDate(kind),
                            setBy.missingDateHint(), rule.at(), true));
        }
        Inspection inspection = plan.inspection();
        boolean fromPublished = DeadlineRule.FROM_PUBLISHED.equals(rule.from());
        Dated from = inspection == null ? null : fromPublished ? inspection.reportPublished()
                : inspection.reportReceived();
        if (from == null) {
            String field = fromPublished ? "report-published" : "report-received";
            return PlanDeadline.unknown(setBy, new PlanDeadline.Problem("the inspection has no `" + field
                    + "` date, so the plan's statutory deadline cannot be worked out",
                    "add `" + field + ": YYYY-MM-DD` under `inspection:` in plan.yaml",
                    inspection == null ? plan.at() : inspection.at(), true));
        }
        try {
            Deadline counted = rule.calendarDays() ? Deadline.calendarDays(from.date(), rule.days())
                    : Deadline.workingDays(from.date(), rule.days(), calendar);
            return PlanDeadline.counted(counted, rule.due(), rule.agreedBy(), rule.agreedOn(), setBy);
        } catch (OutsideKnownYearsException e) {
            return PlanDeadline.unknown(setBy, new PlanDeadline.Problem(e.getMessage(),
                    "check the dates, or use a newer wsoa", null, false));
        }
    }
}
