package org.wsoa.render;

import static org.wsoa.render.PlanView.date;
import static org.wsoa.render.PlanView.html;
import static org.wsoa.render.PlanView.map;

import freemarker.core.TemplateHTMLOutputModel;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wsoa.model.ActionStatus;
import org.wsoa.model.AreaRating;
import org.wsoa.model.Direction;
import org.wsoa.model.Kpi;
import org.wsoa.model.KpiActual;
import org.wsoa.model.Organisation;
import org.wsoa.model.Person;
import org.wsoa.model.Plan;
import org.wsoa.model.Ref;
import org.wsoa.model.RevisedDue;
import org.wsoa.model.ReviewMeeting;
import org.wsoa.model.Text;
import org.wsoa.resolve.ActionState;
import org.wsoa.resolve.ProgressChanges;
import org.wsoa.resolve.ResolvedPlan;
import org.wsoa.resolve.TrajectoryStanding;

/**
 * The progress report as its templates see it ({@code report.ftlh} and the {@code report-*.ftlh}
 * partials): maps, lists, text and safe HTML, with IDs resolved to names and dates written out.
 * Like {@link PlanView} it only formats; {@link ReportContent} has chosen what the report says.
 * Template authors: every key is listed in docs/publishing.md, and a test keeps the two in step.
 */
final class ReportView {

    private final ReportContent content;
    private final ResolvedPlan resolved;

    private ReportView(ReportContent content) {
        this.content = content;
        this.resolved = content.plan;
    }

    static Map<String, Object> of(ReportContent content) {
        return new ReportView(content).build();
    }

    private Map<String, Object> build() {
        Plan plan = resolved.plan();
        boolean exceptions = content.options.exceptionsOnly();
        Map<String, Object> view = map(
                "title", (exceptions ? "Exception report" : "Progress report") + " as at "
                        + org.wsoa.calendar.BritishDates.formatShort(content.asOf),
                "exceptionsOnly", exceptions,
                "asOf", date(content.asOf),
                "plan", map("title", plan.displayTitle(), "area", text(plan.area()), "version", text(plan.version()),
                        "kind", plan.kind() == null ? "" : plan.kind().title(),
                        "areaWord", plan.kind() == null ? "area of weakness" : plan.kind().areas().singular(),
                        "areasWord", plan.kind() == null ? "areas of weakness" : plan.kind().areas().plural(),
                        "oversight", oversight()),
                "latestFile", content.latest == null ? null
                        : map("date", date(content.latest.date()), "file", content.fileInPlan(content.latest)),
                "previousFile", content.changes.previous() == null ? null
                        : map("date", date(content.changes.previous().date()),
                        "file", content.fileInPlan(content.changes.previous())),
                "period", resolved.periodStart() == null ? null
                        : map("start", date(resolved.periodStart()), "end", date(resolved.periodEnd())),
                "ahead", map("words", content.options.aheadInWords(), "until", date(content.aheadUntil)),
                "nextReview", review(content.nextReview),
                "totals", map("actions", content.total.total(), "words", content.total.inWords(),
                        "breakdown", content.total.breakdown(), "counts", counts(content.total)),
                "hasExceptions", content.hasExceptions(),
                "areas", content.areas.stream().map(this::area).toList(),
                "attention", content.attention.stream().map(this::action).toList(),
                "overdue", content.overdue.stream().map(this::action).toList(),
                "dueSoon", content.dueSoon.stream().map(this::action).toList(),
                "notUpdated", content.notUpdated.stream().map(this::action).toList(),
                "kpis", content.kpis.stream().map(this::kpi).toList(),
                "changes", changes(),
                "evidence", content.evidence.stream().map(this::evidence).toList());
        return view;
    }

    private String oversight() {
        var board = resolved.board(resolved.plan().oversight());
        return board == null ? null : text(board.name());
    }

    private static Map<String, Object> review(ReviewMeeting meeting) {
        return meeting == null ? null : map("date", date(meeting.date()), "with", text(meeting.with()),
                "evidenceDue", date(meeting.evidenceDue()));
    }

    private static List<Object> counts(StatusCounts counts) {
        List<Object> list = new ArrayList<>();
        for (StatusCounts.Count count : counts.counts()) {
            list.add(map("label", count.status() == null ? "Not yet reported" : count.status().label(),
                    "code", count.code(), "count", count.count()));
        }
        return list;
    }

    private Map<String, Object> area(ReportContent.AreaSummary area) {
        AreaRating rating = area.rating();
        return map("id", area.weakness().id(), "anchor", "area-" + PlanView.anchor(area.weakness().id()),
                "title", text(area.weakness().title()),
                "rating", rating == null || rating.rating() == null ? null
                        : map("label", rating.rating().label(), "code", rating.rating().code(),
                        "colour", rating.rating().colour().code()),
                "change", rating == null ? null : block(rating.change()),
                "actions", area.counts().total(), "words", area.counts().inWords(), "counts", counts(area.counts()));
    }

    private Map<String, Object> action(ReportContent.ActionLine line) {
        ActionState state = line.state();
        RevisedDue revised = state.revisedDue();
        long daysOverdue = state.due() == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(state.due().date(), content.asOf));
        return map("id", line.action().id(), "area", line.weakness().id(), "action", inline(line.action().action()),
                "lead", person(line.action().lead()),
                "status", status(state.status()), "statusDate", date(state.statusDate()),
                "due", date(state.originalDue()), "recurs", PlanView.recurs(line.action()), "revisedDue", revised(revised), "currentDue", date(state.due()),
                "completed", date(state.completed()), "daysOverdue", daysOverdue,
                "update", block(state.update()), "lastReported", date(state.lastReported()));
    }

    static Map<String, Object> status(ActionStatus status) {
        return ProgressView.status(status);
    }

    private Map<String, Object> revised(RevisedDue revised) {
        return ProgressView.revised(resolved, revised);
    }

    private Map<String, Object> kpi(ReportContent.KpiLine line) {
        String unit = ActualsChart.unit(line.kpi());
        List<Object> actuals = new ArrayList<>();
        for (KpiActual actual : line.state().actuals()) {
            BigDecimal expected = line.state().trajectory().valueAt(actual.date().date());
            TrajectoryStanding standing = line.state().standing(actual);
            actuals.add(map("date", date(actual.date()), "value", value(actual.value(), unit),
                    "expected", expected == null ? null : expected(expected, line.kpi(), unit),
                    "standing", standing(standing), "note", inline(actual.note())));
        }
        KpiActual latest = line.latest();
        String anchor = "kpi-" + PlanView.anchor(line.kpi().id());
        return map("id", line.kpi().id(), "anchor", anchor, "area", line.weakness().id(),
                "name", text(line.kpi().name()), "unit", unit,
                "direction", line.kpi().direction() == null ? "" : line.kpi().direction() == Direction.UP
                        ? "Higher is better" : "Lower is better",
                "latest", latest == null ? null : map("date", date(latest.date()), "value", value(latest.value(), unit)),
                "expected", line.expected() == null ? null : expected(line.expected(), line.kpi(), unit),
                "expectedAsAt", line.expectedAsAt() == null ? null : expected(line.expectedAsAt(), line.kpi(), unit),
                "standing", standing(line.standing()),
                "target", line.kpi().target() == null || line.kpi().target().value() == null ? null
                        : map("value", value(line.kpi().target().value(), unit), "date", date(line.kpi().target().date())),
                "actuals", actuals,
                "chart", html(SvgStyle.inline(ActualsChart.svg(line.state(), content.asOf, anchor + "-chart"))));
    }

    static Map<String, Object> standing(TrajectoryStanding standing) {
        return standing == null ? null : map("label", standing.label(), "code", standing.code());
    }

    private Map<String, Object> changes() {
        ProgressChanges changes = content.changes;
        List<Object> completed = new ArrayList<>();
        List<Object> statuses = new ArrayList<>();
        List<Object> revisedDates = new ArrayList<>();
        for (ProgressChanges.ActionChange change : changes.actions()) {
            ReportContent.ActionLine line = new ReportContent.ActionLine(resolved.action(new Ref(change.after().actionId(),
                    null)), null, change.after());
            Map<String, Object> item = map("id", change.after().actionId(),
                    "action", inline(line.action().action()),
                    "was", status(change.before().status()), "now", status(change.after().status()),
                    "completed", date(change.after().completed()),
                    "due", date(change.after().originalDue()),
                    "revisedDue", revised(change.newRevisedDue()),
                    "previousDue", date(change.before().due()));
            if (change.isNewlyComplete()) {
                completed.add(item);
            }
            if (change.isStatusChange()) {
                statuses.add(item);
            }
            if (change.newRevisedDue() != null) {
                revisedDates.add(item);
            }
        }
        List<Object> areas = new ArrayList<>();
        for (ProgressChanges.AreaChange change : changes.areas()) {
            areas.add(map("id", change.weakness().id(), "title", text(change.weakness().title()),
                    "was", change.before() == null ? null : map("label", change.before().label(),
                            "code", change.before().code(), "colour", change.before().colour().code()),
                    "now", map("label", change.after().rating().label(), "code", change.after().rating().code(),
                            "colour", change.after().rating().colour().code())));
        }
        return map("hasPrevious", changes.hasPrevious(), "completed", completed, "statuses", statuses,
                "revisedDates", revisedDates, "areas", areas, "actuals", changes.actuals().size());
    }

    private Map<String, Object> evidence(ReportContent.EvidenceGroup group) {
        List<Object> items = new ArrayList<>();
        for (ReportContent.EvidenceLine line : group.items()) {
            var evidence = line.evidence();
            items.add(map("title", text(evidence.title()), "date", date(evidence.date()),
                    "kind", evidence.kind() == null ? "" : evidence.kind().label(),
                    "action", line.action().id(),
                    "link", evidence.link() == null || evidence.link().isBlank() ? null : evidence.link().value().strip(),
                    "file", evidence.file() == null || evidence.file().isBlank() ? null : evidence.file().value().strip()));
        }
        return map("id", group.weakness().id(), "title", text(group.weakness().title()),
                "anchor", "evidence-" + PlanView.anchor(group.weakness().id()), "items", items);
    }

    // Helpers

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

    /** A value with its unit, as the plan's KPI table writes it: "45%", "12 weeks", "420". */
    static String value(BigDecimal value, String unit) {
        String number = value.stripTrailingZeros().toPlainString();
        return "%".equals(unit) ? number + "%" : unit.isEmpty() ? number : number + " " + unit;
    }

    /**
     * A value the trajectory expects, which lies on a line between two milestones: rounded to one
     * decimal place more than the KPI's own figures have, and at least one.
     */
    static String expected(BigDecimal value, Kpi kpi, String unit) {
        return value(ReportContent.rounded(value, kpi), unit);
    }

    private static String text(Text text) {
        return text == null || text.value() == null ? "" : text.value().strip();
    }

    private static TemplateHTMLOutputModel block(Text text) {
        return text == null || text.isBlank() ? null : html(Markdown.toHtml(text.value()));
    }

    private static TemplateHTMLOutputModel inline(Text text) {
        return text == null || text.isBlank() ? html("") : html(Markdown.toInlineHtml(text.value()));
    }
}
