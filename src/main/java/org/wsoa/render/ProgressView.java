package org.wsoa.render;

import static org.wsoa.render.PlanView.date;
import static org.wsoa.render.PlanView.map;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wsoa.model.Action;
import org.wsoa.model.ActionStatus;
import org.wsoa.model.Kpi;
import org.wsoa.model.KpiActual;
import org.wsoa.model.Person;
import org.wsoa.model.ProgressReport;
import org.wsoa.model.Ref;
import org.wsoa.model.RevisedDue;
import org.wsoa.model.Text;
import org.wsoa.resolve.ActionState;
import org.wsoa.resolve.KpiState;
import org.wsoa.resolve.ResolvedPlan;
import org.wsoa.resolve.TrajectoryStanding;

/**
 * An action's progress as the plan's page and the progress report both show it: its status in
 * words and as a class name, and a revised due date with who agreed it, named as people read them.
 */
final class ProgressView {

    private ProgressView() {
    }

    /** The status to show as at the reporting point: not started until a progress file says otherwise. */
    static ActionStatus shownStatus(ResolvedPlan plan, Action action) {
        ActionState state = plan.progress().action(action);
        return state == null || state.status() == null ? ActionStatus.NOT_STARTED : state.status();
    }

    /**
     * The reporting point the published plan is as at: its date and the progress file it comes from;
     * null for the plan as agreed, with no progress file.
     */
    static Map<String, Object> asAt(ResolvedPlan plan) {
        ProgressReport latest = plan.progress().latest();
        if (latest == null) {
            return null;
        }
        String dir = plan.plan().directory();
        String file = dir != null && latest.file().startsWith(dir + "/") ? latest.file().substring(dir.length() + 1)
                : latest.file();
        return map("date", date(latest.date()), "file", file);
    }

    /**
     * What the plan's page shows of an action's progress besides its status: the date of the
     * progress file that gave the status, the day it was completed, and a revised due date.
     */
    static Map<String, Object> action(ResolvedPlan plan, Action action) {
        ActionState state = plan.progress().action(action);
        boolean reported = state != null && state.status() != null && !action.doneBeforePlan();
        return map("statusDate", reported ? date(state.statusDate()) : null,
                "completed", state == null || !state.isComplete() || action.doneBeforePlan() ? null
                        : date(state.completed()),
                "revisedDue", state == null ? null : revised(plan, state.revisedDue()));
    }

    /** A KPI's actuals up to the reporting point, each with the trajectory's value on its date and where it stands. */
    static List<Object> actuals(ResolvedPlan plan, Kpi kpi, String unit) {
        KpiState state = plan.progress().kpi(kpi);
        List<Object> actuals = new ArrayList<>();
        if (state == null) {
            return actuals;
        }
        for (KpiActual actual : state.actuals()) {
            BigDecimal expected = state.trajectory().valueAt(actual.date().date());
            TrajectoryStanding standing = state.standing(actual);
            actuals.add(map("date", date(actual.date()), "value", ReportView.value(actual.value(), unit),
                    "expected", expected == null ? null : ReportView.expected(expected, kpi, unit),
                    "standing", standing == null ? null : map("label", standing.label(), "code", standing.code()),
                    "note", PlanView.inline(actual.note())));
        }
        return actuals;
    }

    /** A status in words and as a class name; one never reported reads "Not yet reported". */
    static Map<String, Object> status(ActionStatus status) {
        return status == null ? map("label", "Not yet reported", "code", "not-reported")
                : map("label", status.label(), "code", status.code());
    }

    /** A revised due date: the date, who agreed it and when, and why; null when there is none. */
    static Map<String, Object> revised(ResolvedPlan plan, RevisedDue revised) {
        if (revised == null || revised.date() == null) {
            return null;
        }
        return map("date", date(revised.date()), "agreedBy", agreedBy(plan, revised.agreedBy()),
                "agreedOn", date(revised.agreedOn()), "reason", PlanView.inline(revised.reason()));
    }

    /** Who agreed a revised date: the person's name when it is a person's ID, else the body as written. */
    static String agreedBy(ResolvedPlan plan, Text agreedBy) {
        if (agreedBy == null || agreedBy.isBlank()) {
            return "";
        }
        Person person = plan.person(new Ref(agreedBy.value().strip(), agreedBy.at()));
        return person == null || person.name() == null ? agreedBy.value().strip() : person.name().value().strip();
    }
}
