package org.wsoa.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.wsoa.model.ActionStatus;
import org.wsoa.model.Board;
import org.wsoa.model.Dated;
import org.wsoa.model.Evidence;
import org.wsoa.model.KpiActual;
import org.wsoa.model.Organisation;
import org.wsoa.model.Person;
import org.wsoa.model.ProgressReport;
import org.wsoa.model.RevisedDue;
import org.wsoa.model.Text;
import org.wsoa.resolve.ActionState;
import org.wsoa.resolve.ProgressChanges;
import org.wsoa.resolve.ResolvedPlan;
import org.wsoa.resolve.TrajectoryStanding;

/**
 * The progress report as JSON, for scripts and dashboards, in the shape that
 * docs/schema/report.schema.json describes: dates as YYYY-MM-DD, statuses and ratings by their
 * codes, numbers as numbers, author text as written (Markdown), organisations and boards by their
 * full names with their short names beside them. The exception report has only its own sections.
 */
final class ReportJson {

    /** The schema's version; it changes only when a key changes meaning or goes. */
    static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    /** Indented two spaces, with the same line ends on every system. */
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private final ReportContent report;
    private final ResolvedPlan plan;

    ReportJson(ReportContent report) {
        this.report = report;
        this.plan = report.plan;
    }

    String write() {
        boolean exceptions = report.options.exceptionsOnly();
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("report", exceptions ? "exceptions" : "progress");
        ObjectNode about = root.putObject("plan");
        about.put("title", plan.plan().displayTitle());
        about.put("area", text(plan.plan().area()));
        about.put("kind", plan.kind() == null ? null : plan.kind().code());
        about.put("version", text(plan.plan().version()));
        oversight(about);
        root.put("asOf", report.asOf.toString());
        file(root, "latestFile", report.latest);
        file(root, "previousFile", report.changes.previous());
        ObjectNode ahead = root.putObject("ahead");
        ahead.put("period", report.options.ahead().toString());
        ahead.put("until", report.aheadUntil.toString());
        if (report.nextReview == null) {
            root.putNull("nextReview");
        } else {
            ObjectNode review = root.putObject("nextReview");
            review.put("date", iso(report.nextReview.date()));
            review.put("with", text(report.nextReview.with()));
            review.put("evidenceDue", iso(report.nextReview.evidenceDue()));
        }
        ObjectNode totals = root.putObject("totals");
        totals.put("actions", report.total.total());
        counts(totals.putObject("byStatus"), report.total);
        if (!exceptions) {
            ArrayNode areas = root.putArray("areas");
            for (ReportContent.AreaSummary summary : report.areas) {
                ObjectNode area = areas.addObject();
                area.put("id", summary.weakness().id());
                area.put("title", text(summary.weakness().title()));
                boolean rated = summary.rating() != null && summary.rating().rating() != null;
                area.put("rating", rated ? summary.rating().rating().code() : null);
                area.put("colour", rated ? summary.rating().rating().colour().code() : null);
                area.put("change", summary.rating() == null ? null : text(summary.rating().change()));
                area.put("actions", summary.counts().total());
                counts(area.putObject("byStatus"), summary.counts());
            }
        }
        actions(root.putArray("attention"), report.attention);
        actions(root.putArray("overdue"), report.overdue);
        if (!exceptions) {
            actions(root.putArray("dueSoon"), report.dueSoon);
            actions(root.putArray("notUpdated"), report.notUpdated);
        }
        kpis(root.putArray("kpis"));
        if (!exceptions) {
            changes(root.putObject("changes"));
            evidence(root.putArray("evidence"));
        }
        try {
            return JSON.writer(PRETTY).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void file(ObjectNode root, String key, ProgressReport file) {
        if (file == null) {
            root.putNull(key);
        } else {
            root.putObject(key).put("date", iso(file.date())).put("file", report.fileInPlan(file));
        }
    }

    private static void counts(ObjectNode node, StatusCounts counts) {
        for (StatusCounts.Count count : counts.counts()) {
            node.put(count.code(), count.count());
        }
    }

    private void actions(ArrayNode array, java.util.List<ReportContent.ActionLine> lines) {
        for (ReportContent.ActionLine line : lines) {
            ActionState state = line.state();
            ObjectNode action = array.addObject();
            action.put("id", line.action().id());
            action.put("area", line.weakness().id());
            action.put("action", text(line.action().action()));
            lead(action, line);
            action.put("status", code(state.status()));
            action.put("statusDate", iso(state.statusDate()));
            action.put("originalDue", iso(state.originalDue()));
            revised(action, state.revisedDue());
            action.put("currentDue", iso(state.due()));
            action.put("completed", iso(state.completed()));
            action.put("daysOverdue", state.isOverdueOn(report.asOf)
                    ? ChronoUnit.DAYS.between(state.due().date(), report.asOf) : 0);
            action.put("lastReported", iso(state.lastReported()));
            action.put("update", text(state.update()));
        }
    }

    private void lead(ObjectNode action, ReportContent.ActionLine line) {
        Person person = plan.person(line.action().lead());
        if (person == null) {
            action.putNull("lead");
            return;
        }
        Organisation organisation = plan.organisation(person.organisation());
        ObjectNode lead = action.putObject("lead");
        lead.put("id", person.id());
        lead.put("name", text(person.name()));
        lead.put("organisation", organisation == null ? null : text(organisation.name()));
        // The short name the HTML, PDF and Markdown print in the lead's cell, beside the full name.
        lead.put("organisationShortName", organisation == null ? null : text(organisation.shortName()));
    }

    /** The board that oversees the plan, which the cover names, with the short name table cells use. */
    private void oversight(ObjectNode about) {
        Board board = plan.board(plan.plan().oversight());
        if (board == null) {
            about.putNull("oversight");
            return;
        }
        about.putObject("oversight").put("id", board.id()).put("name", text(board.name()))
                .put("shortName", text(board.shortName()));
    }

    private void revised(ObjectNode node, RevisedDue revised) {
        if (revised == null || revised.date() == null) {
            node.putNull("revisedDue");
            return;
        }
        ObjectNode due = node.putObject("revisedDue");
        due.put("date", iso(revised.date()));
        due.put("agreedBy", text(revised.agreedBy()));
        due.put("agreedOn", iso(revised.agreedOn()));
        due.put("reason", text(revised.reason()));
    }

    private void kpis(ArrayNode array) {
        for (ReportContent.KpiLine line : report.kpis) {
            ObjectNode kpi = array.addObject();
            kpi.put("id", line.kpi().id());
            kpi.put("area", line.weakness().id());
            kpi.put("name", text(line.kpi().name()));
            kpi.put("unit", text(line.kpi().unit()));
            kpi.put("direction", line.kpi().direction() == null ? null : line.kpi().direction().code());
            KpiActual latest = line.latest();
            if (latest == null) {
                kpi.putNull("latest");
            } else {
                kpi.putObject("latest").put("date", iso(latest.date())).put("value", latest.value());
            }
            kpi.put("expected", line.expected() == null ? null : ReportContent.rounded(line.expected(), line.kpi()));
            kpi.put("expectedAsAt", line.expectedAsAt() == null ? null
                    : ReportContent.rounded(line.expectedAsAt(), line.kpi()));
            kpi.put("standing", standing(line.standing()));
            if (line.kpi().target() == null || line.kpi().target().value() == null) {
                kpi.putNull("target");
            } else {
                kpi.putObject("target").put("date", iso(line.kpi().target().date()))
                        .put("value", line.kpi().target().value());
            }
            ArrayNode actuals = kpi.putArray("actuals");
            for (KpiActual actual : line.state().actuals()) {
                BigDecimal expected = line.state().trajectory().valueAt(actual.date().date());
                actuals.addObject().put("date", iso(actual.date())).put("value", actual.value())
                        .put("expected", expected == null ? null : ReportContent.rounded(expected, line.kpi()))
                        .put("standing", standing(line.state().standing(actual)))
                        .put("note", text(actual.note()));
            }
        }
    }

    private void changes(ObjectNode node) {
        ProgressChanges changes = report.changes;
        node.put("since", changes.previous() == null ? null : iso(changes.previous().date()));
        ArrayNode completed = node.putArray("completed");
        ArrayNode statuses = node.putArray("statusChanges");
        ArrayNode revised = node.putArray("revisedDueDates");
        for (ProgressChanges.ActionChange change : changes.hasPrevious() ? changes.actions()
                : java.util.List.<ProgressChanges.ActionChange>of()) {
            String id = change.after().actionId();
            if (change.isNewlyComplete()) {
                completed.addObject().put("action", id).put("completed", iso(change.after().completed()))
                        .put("status", code(change.after().status()));
            }
            if (change.isStatusChange()) {
                statuses.addObject().put("action", id).put("was", code(change.before().status()))
                        .put("now", code(change.after().status()));
            }
            if (change.newRevisedDue() != null) {
                ObjectNode item = revised.addObject().put("action", id)
                        .put("originalDue", iso(change.after().originalDue()))
                        .put("previousDue", iso(change.before().due()));
                revised(item, change.newRevisedDue());
            }
        }
        ArrayNode areas = node.putArray("areas");
        for (ProgressChanges.AreaChange change : changes.hasPrevious() ? changes.areas()
                : java.util.List.<ProgressChanges.AreaChange>of()) {
            areas.addObject().put("area", change.weakness().id())
                    .put("was", change.before() == null ? null : change.before().code())
                    .put("now", change.after().rating().code());
        }
        node.put("newActuals", changes.hasPrevious() ? changes.actuals().size() : 0);
    }

    private void evidence(ArrayNode array) {
        for (ReportContent.EvidenceGroup group : report.evidence) {
            ObjectNode area = array.addObject();
            area.put("area", group.weakness().id());
            ArrayNode items = area.putArray("items");
            for (ReportContent.EvidenceLine line : group.items()) {
                Evidence evidence = line.evidence();
                items.addObject().put("title", text(evidence.title())).put("date", iso(evidence.date()))
                        .put("kind", evidence.kind() == null ? null : evidence.kind().code())
                        .put("action", line.action().id())
                        .put("link", text(evidence.link())).put("file", text(evidence.file()));
            }
        }
    }

    private static String code(ActionStatus status) {
        return status == null ? null : status.code();
    }

    private static String standing(TrajectoryStanding standing) {
        return standing == null ? null : standing.code();
    }

    private static String iso(Dated dated) {
        return dated == null ? null : dated.date().toString();
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String text(Text text) {
        return text == null || text.value() == null || text.isBlank() ? null : text.value().strip();
    }
}
