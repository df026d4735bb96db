package org.wsoa.resolve;

import java.time.LocalDate;
import java.util.Collections;
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
import org.wsoa.model.Dated;
import org.wsoa.model.DeadlineRule;
import org.wsoa.model.DeadlineSetter;
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
    final Map<String, Weakness> weaknesses = new HashMap<>();
    final Map<String, Action> actions = new HashMap<>();
    final Map<String, Kpi> kpis = new HashMap<>();
    final Map<Object, Weakness> weaknessOf = new IdentityHashMap<>();
    final Dated reportReceived;
    final PlanDeadline deadline;
    final LocalDate periodStart;
    final LocalDate periodEnd;
    final ResourceTotals resources;
    final List<Diagnostic> overLimits;

    private Resolver(LoadResult loaded, WorkingDays calendar) {
        this.plan = loaded.plan();
        this.unreadable = loaded.unreadable();
        this.calendar = calendar;
        this.limits = new Limits(plan.validation().limits());
        // The first definition of an ID wins; a second one is the loader's duplicate-id finding.
        plan.organisations().forEach(o -> put(organisations, o.id(), o));
        plan.people().forEach(p -> put(people, p.id(), p));
        plan.boards().forEach(b -> put(boards, b.id(), b));
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
        this.reportReceived = reportAnswered(plan) == null ? null : reportAnswered(plan).reportReceived();
        this.deadline = deadline(plan, calendar);
        this.periodStart = plan.period() != null && plan.period().start() != null ? plan.period().start().date()
                : reportReceived == null ? null : reportReceived.date();
        this.periodEnd = plan.period() != null && plan.period().end() != null ? plan.period().end().date()
                : periodStart == null ? null : periodStart.plusMonths(limits.get(Limits.PLAN_MONTHS));
        this.resources = plan.resources() == null ? null : ResourceTotals.of(plan.resources());
        List<Action> allActions = plan.weaknesses().stream().flatMap(w -> w.actions().stream()).toList();
        DependencyChains chains = DependencyChains.of(allActions, ref -> ref == null ? null : actions.get(ref.id()));
        this.overLimits = limits.exceeded(plan, chains, SourceRef.file(plan.directory()));
    }

    /** The plan with everything it implies worked out, counting working days in {@code calendar}. */
    public static ResolvedPlan resolve(LoadResult loaded, WorkingDays calendar) {
        Resolver resolver = new Resolver(loaded, calendar);
        return new ResolvedPlan(resolver);
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
        if (rule.due() != null) {
            return PlanDeadline.given(rule.due(), setBy);
        }
        if (setBy == DeadlineSetter.DFE) {
            return PlanDeadline.unknown(setBy, new PlanDeadline.Problem(article(kind.title()) + " " + kind.title()
                    + "'s due date is set by the DfE, but the plan does not record it",
                    "add `deadline: {due: YYYY-MM-DD}` to plan.yaml", rule.at(), true));
        }
        Inspection inspection = plan.inspection();
        boolean fromPublished = DeadlineRule.FROM_PUBLISHED.equals(rule.from());
        Dated from = inspection == null ? null : fromPublished ? inspection.reportPublished()
                : inspection.reportReceived();
        if (from == null) {
            String field = fromPublished ? "report-published" : "report-received";
            return PlanDeadline.unknown(setBy, new PlanDeadline.Problem("the inspection has no `" + field
                    + "` date, so the plan's deadline cannot be worked out",
                    "add `" + field + ": YYYY-MM-DD` under `inspection:` in plan.yaml",
                    inspection == null ? plan.at() : inspection.at(), true));
        }
        try {
            Deadline counted = rule.calendarDays() ? Deadline.calendarDays(from.date(), rule.days())
                    : Deadline.workingDays(from.date(), rule.days(), calendar);
            return PlanDeadline.counted(counted, setBy);
        } catch (OutsideKnownYearsException e) {
            return PlanDeadline.unknown(setBy, new PlanDeadline.Problem(e.getMessage(),
                    "check the dates, or use a newer wsoa", null, false));
        }
    }

    private static String article(String noun) {
        return "AEIOU".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
    }
}
