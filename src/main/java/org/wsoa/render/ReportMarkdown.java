package org.wsoa.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.wsoa.calendar.BritishDates;
import org.wsoa.model.Action;
import org.wsoa.model.ActionStatus;
import org.wsoa.model.Dated;
import org.wsoa.model.KpiActual;
import org.wsoa.model.Organisation;
import org.wsoa.model.Person;
import org.wsoa.model.RevisedDue;
import org.wsoa.model.Text;
import org.wsoa.resolve.ActionState;
import org.wsoa.resolve.ProgressChanges;
import org.wsoa.resolve.ResolvedPlan;
import org.wsoa.resolve.TrajectoryStanding;

/**
 * Writes the progress report as Markdown, for a board paper or a wiki: the same sections as the
 * HTML, with tables in the pipe syntax that GitHub, GitLab, pandoc and most editors read. Author
 * text is kept as written, on one line per table cell.
 */
final class ReportMarkdown {

    private final ReportContent report;
    private final ResolvedPlan plan;
    private final StringBuilder out = new StringBuilder();

    ReportMarkdown(ReportContent report) {
        this.report = report;
        this.plan = report.plan;
    }

    String write() {
        boolean exceptions = report.options.exceptionsOnly();
        String title = (exceptions ? "Exception report" : "Progress report") + " as at " + date(report.asOf);
        line("# " + title);
        line();
        line("**" + cell(plan.plan().displayTitle()) + "**, version "
                + cell(plan.plan().version()) + ".");
        line();
        line("- As at: " + date(report.asOf));
        line("- Latest progress file: " + (report.latest == null ? "none yet"
                : date(report.latest.date().date()) + " (`" + report.fileInPlan(report.latest) + "`)"));
        if (report.changes.previous() != null) {
            line("- Previous progress file: " + date(report.changes.previous().date().date()));
        }
        if (report.nextReview != null) {
            line("- Next review: " + date(report.nextReview.date().date()) + " with " + cell(report.nextReview.with())
                    + (report.nextReview.evidenceDue() == null ? ""
                    : "; evidence due " + date(report.nextReview.evidenceDue().date())));
        }
        line("- " + report.total.inWords());
        if (exceptions) {
            exceptions();
        } else {
            summary();
        }
        actions("At risk or off track", report.attention, "No action is at risk or off track.",
                List.of("Status", "Due", "Latest update"));
        actions("Overdue actions", report.overdue, "No action is overdue.", List.of("Due", "Days overdue", "Status"));
        if (!exceptions) {
            actions("Due in the next " + report.options.aheadInWords(), report.dueSoon,
                    "No action falls due in the next " + report.options.aheadInWords() + ".", List.of("Due", "Status"));
            actions("No update in the latest report", report.notUpdated,
                    "Every action under way has an update in the latest progress file.",
                    List.of("Last update", "Status"));
        }
        kpis(exceptions);
        if (!exceptions) {
            changes();
            evidence();
        }
        return out.toString();
    }

    private void exceptions() {
        line();
        line("## In short");
        line();
        if (!report.hasExceptions()) {
            line("Nothing is at risk, off track, overdue or behind trajectory as at " + date(report.asOf) + ".");
            return;
        }
        line("- " + howMany(report.attention.size(), "action") + " at risk or off track.");
        line("- " + howMany(report.overdue.size(), "action") + " overdue.");
        line("- " + howMany(report.kpis.size(), "KPI") + " behind trajectory.");
    }

    /** "No action is", "1 action is", "3 actions are": as the page says it. */
    private static String howMany(int count, String noun) {
        return count == 0 ? "No " + noun + " is" : count == 1 ? "1 " + noun + " is" : count + " " + noun + "s are";
    }

    private void summary() {
        line();
        line("## Summary by area");
        line();
        String area = plan.kind() == null ? "Area of weakness" : capitalise(plan.kind().areas().singular());
        row("Ref", area, "Rating", "Actions");
        rule(4);
        for (ReportContent.AreaSummary summary : report.areas) {
            row(summary.weakness().id(), cell(summary.weakness().title()),
                    summary.rating() == null || summary.rating().rating() == null ? "Not yet rated"
                            : summary.rating().rating().label() + " (" + summary.rating().rating().colour().code() + ")",
                    summary.counts().inWords());
        }
        for (ReportContent.AreaSummary summary : report.areas) {
            if (summary.rating() != null && summary.rating().change() != null && !summary.rating().change().isBlank()) {
                line();
                line("### " + summary.weakness().id() + ": what has changed for children, young people and families");
                line();
                line(summary.rating().change().value().strip());
            }
        }
    }

    private void actions(String heading, List<ReportContent.ActionLine> lines, String none, List<String> columns) {
        line();
        line("## " + heading);
        line();
        if (lines.isEmpty()) {
            line(none);
            return;
        }
        List<String> header = new ArrayList<>(List.of("Ref", "Action", "Lead"));
        header.addAll(columns);
        row(header.toArray(String[]::new));
        rule(header.size());
        for (ReportContent.ActionLine line : lines) {
            ActionState state = line.state();
            List<String> cells = new ArrayList<>(List.of(line.action().id(), cell(line.action().action()),
                    lead(line)));
            for (String column : columns) {
                cells.add(switch (column) {
                    case "Status" -> status(state.status()) + (state.statusDate() == null ? ""
                            : " (reported " + date(state.statusDate()) + ")");
                    case "Due" -> due(line.action(), state);
                    case "Days overdue" -> Long.toString(ChronoUnit.DAYS.between(state.due().date(), report.asOf));
                    case "Latest update" -> state.update() == null ? "No update given" : cell(state.update());
                    default -> state.lastReported() == null ? "Never" : date(state.lastReported());
                });
            }
            row(cells.toArray(String[]::new));
        }
    }

    private void kpis(boolean exceptions) {
        line();
        line(exceptions ? "## KPIs behind trajectory" : "## Key performance indicators");
        line();
        if (report.kpis.isEmpty()) {
            line(exceptions ? "No KPI is behind its trajectory." : "The plan has no KPIs.");
            return;
        }
        row("Ref", "Measure", "Latest actual", "Planned for that date", "Judgement", "Target");
        rule(6);
        for (ReportContent.KpiLine kpi : report.kpis) {
            String unit = ActualsChart.unit(kpi.kpi());
            KpiActual latest = kpi.latest();
            row(kpi.kpi().id(), cell(kpi.kpi().name()),
                    latest == null ? "None yet" : ReportView.value(latest.value(), unit) + " (" + date(latest.date().date()) + ")",
                    kpi.expected() == null ? "No planned value" : ReportView.expected(kpi.expected(), kpi.kpi(), unit),
                    standing(kpi.standing()),
                    kpi.kpi().target() == null || kpi.kpi().target().value() == null ? ""
                            : ReportView.value(kpi.kpi().target().value(), unit)
                            + (kpi.kpi().target().date() == null ? "" : " by " + date(kpi.kpi().target().date().date())));
        }
        for (ReportContent.KpiLine kpi : report.kpis) {
            line();
            line("### " + kpi.kpi().id() + ": " + cell(kpi.kpi().name()));
            line();
            if (kpi.state().actuals().isEmpty()) {
                line("No actual has been reported yet" + (kpi.expectedAsAt() == null ? "" : "; the trajectory expects "
                        + ReportView.expected(kpi.expectedAsAt(), kpi.kpi(), ActualsChart.unit(kpi.kpi())) + " as at "
                        + date(report.asOf)) + ".");
                continue;
            }
            String unit = ActualsChart.unit(kpi.kpi());
            row("Date", "Actual", "Planned", "Judgement", "Note");
            rule(5);
            for (KpiActual actual : kpi.state().actuals()) {
                BigDecimal expected = kpi.state().trajectory().valueAt(actual.date().date());
                row(date(actual.date().date()), ReportView.value(actual.value(), unit),
                        expected == null ? "No planned value" : ReportView.expected(expected, kpi.kpi(), unit),
                        standing(kpi.state().standing(actual)), cell(actual.note()));
            }
        }
    }

    private void changes() {
        line();
        line("## What has changed");
        line();
        ProgressChanges changes = report.changes;
        if (!changes.hasPrevious()) {
            line("This is the first progress file" + (report.latest == null ? ""
                    : " (" + date(report.latest.date().date()) + ")") + ": there is no earlier one to compare it with.");
            return;
        }
        line("Since the previous progress file, " + date(changes.previous().date().date()) + ".");
        List<ProgressChanges.ActionChange> completed = changes.actions().stream()
                .filter(ProgressChanges.ActionChange::isNewlyComplete).toList();
        List<ProgressChanges.ActionChange> moved = changes.actions().stream()
                .filter(ProgressChanges.ActionChange::isStatusChange).toList();
        List<ProgressChanges.ActionChange> revised = changes.actions().stream()
                .filter(c -> c.newRevisedDue() != null).toList();
        line();
        line("### Completed");
        line();
        if (completed.isEmpty()) {
            line("No action was completed.");
        } else {
            row("Ref", "Action", "Completed", "Status");
            rule(4);
            completed.forEach(c -> row(c.after().actionId(), actionText(c), dated(c.after().completed()),
                    status(c.after().status())));
        }
        line();
        line("### Status changes");
        line();
        if (moved.isEmpty()) {
            line("No other status changed.");
        } else {
            row("Ref", "Action", "Was", "Now");
            rule(4);
            moved.forEach(c -> row(c.after().actionId(), actionText(c), status(c.before().status()),
                    status(c.after().status())));
        }
        line();
        line("### New revised due dates");
        line();
        if (revised.isEmpty()) {
            line("No due date was revised.");
        } else {
            row("Ref", "Action", "Was due", "Now due", "Agreed");
            rule(5);
            for (ProgressChanges.ActionChange c : revised) {
                RevisedDue due = c.newRevisedDue();
                String was = dated(c.before().due()) + (c.before().due().equals(c.after().originalDue()) ? ""
                        : " (originally " + dated(c.after().originalDue()) + ")");
                row(c.after().actionId(), actionText(c), was, dated(due.date()), agreed(due));
            }
        }
        if (!changes.areas().isEmpty()) {
            line();
            line("### Ratings of areas");
            line();
            for (ProgressChanges.AreaChange change : changes.areas()) {
                line("- " + change.weakness().id() + " " + cell(change.weakness().title()) + ": "
                        + (change.before() == null ? "" : change.before().label() + " (" + change.before().colour().code()
                        + ") to ") + change.after().rating().label() + " (" + change.after().rating().colour().code() + ")");
            }
        }
        line();
        line(changes.actuals().size() + " new KPI " + (changes.actuals().size() == 1 ? "actual" : "actuals")
                + " reported.");
    }

    private void evidence() {
        line();
        line("## Evidence");
        line();
        if (report.evidence.isEmpty()) {
            line("No evidence has been reported yet.");
            return;
        }
        line("Every piece of evidence reported up to " + date(report.asOf) + ". Files are named from the plan's"
                + " folder.");
        for (ReportContent.EvidenceGroup group : report.evidence) {
            line();
            line("### " + group.weakness().id() + ": " + cell(group.weakness().title()));
            line();
            row("Evidence", "Kind", "Date", "Action", "Where");
            rule(5);
            for (ReportContent.EvidenceLine item : group.items()) {
                var evidence = item.evidence();
                String where = evidence.link() != null && !evidence.link().isBlank() ? "<" + evidence.link().value().strip()
                        + ">" : evidence.file() == null ? "" : "`" + evidence.file().value().strip() + "`";
                row(cell(evidence.title()), evidence.kind() == null ? "" : evidence.kind().label(),
                        dated(evidence.date()), item.action().id(), where);
            }
        }
    }

    // Helpers

    private String actionText(ProgressChanges.ActionChange change) {
        var action = plan.action(new org.wsoa.model.Ref(change.after().actionId(), null));
        return action == null ? "" : cell(action.action());
    }

    private String lead(ReportContent.ActionLine line) {
        Person person = plan.person(line.action().lead());
        if (person == null) {
            return "";
        }
        Organisation organisation = plan.organisation(person.organisation());
        // In a table cell, as the published plan: the organisation's short name where it has one.
        return cell(person.name()) + (organisation == null || organisation.name() == null ? ""
                : " (" + cell(organisation.tableName()) + ")");
    }

    /** The due date as agreed, or a recurring action's cadence and end; struck through once revised. */
    private String due(Action action, ActionState state) {
        RevisedDue revised = state.revisedDue();
        if (revised == null || revised.date() == null) {
            String recurs = PlanView.recurs(action);
            return recurs != null ? recurs : dated(state.originalDue());
        }
        return "~~" + dated(state.originalDue()) + "~~ revised to " + dated(revised.date()) + agreedSuffix(revised);
    }

    private String agreedSuffix(RevisedDue revised) {
        String by = agreedBy(revised);
        return (by.isEmpty() ? "" : ", agreed by " + by) + (revised.agreedOn() == null ? ""
                : " on " + dated(revised.agreedOn()));
    }

    private String agreed(RevisedDue revised) {
        String by = agreedBy(revised);
        return by + (revised.agreedOn() == null ? "" : (by.isEmpty() ? "" : ", ") + dated(revised.agreedOn()))
                + (revised.reason() == null || revised.reason().isBlank() ? "" : ": " + cell(revised.reason()));
    }

    private String agreedBy(RevisedDue revised) {
        if (revised.agreedBy() == null || revised.agreedBy().isBlank()) {
            return "";
        }
        Person person = plan.person(new org.wsoa.model.Ref(revised.agreedBy().value().strip(), null));
        return person == null ? cell(revised.agreedBy()) : cell(person.name());
    }

    private static String status(ActionStatus status) {
        return status == null ? "Not yet reported" : status.label();
    }

    private static String standing(TrajectoryStanding standing) {
        return standing == null ? "Cannot be judged" : standing.label();
    }

    private static String date(LocalDate date) {
        return BritishDates.formatShort(date);
    }

    private static String dated(Dated dated) {
        return dated == null ? "Not recorded" : date(dated.date());
    }

    /** Author text for a table cell: on one line, with its pipes escaped. */
    private static String cell(Text text) {
        return text == null || text.value() == null ? "" : cell(text.value());
    }

    private static String cell(String text) {
        return Markdown.withoutKeepMarks(text.strip().replaceAll("\\s+", " ").replace("|", "\\|"));
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private void row(String... cells) {
        out.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    private void rule(int columns) {
        out.append("|").append("---|".repeat(columns)).append('\n');
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    private void line() {
        out.append('\n');
    }
}
