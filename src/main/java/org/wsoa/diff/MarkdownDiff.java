package org.wsoa.diff;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.wsoa.report.TerminalText;

/**
 * A diff for a board paper, in Markdown: a heading for the plan, governance and each area, and a
 * table for each sort of change in it (actions added, actions changed, KPIs retargeted...).
 */
final class MarkdownDiff implements DiffFormat {

    @Override
    public void write(PlanDiff diff, PrintWriter out) {
        line(out, "# Changes to " + cell(diff.title()));
        out.println();
        if (diff.isEmpty()) {
            line(out, "No changes from " + cell(diff.from()) + " to " + cell(diff.to()) + ".");
            return;
        }
        line(out, "From " + cell(diff.from()) + " to " + cell(diff.to()) + ": " + Shown.count(diff.count()) + ".");
        if (!diff.plan().isEmpty()) {
            out.println();
            line(out, "## The plan");
            fields(out, diff.plan());
        }
        if (diff.governanceChanged()) {
            out.println();
            line(out, "## Governance");
            elements(out, "Organisation", "Organisations", diff.organisations());
            elements(out, "Person", "People", diff.people());
            elements(out, "Board", "Boards", diff.boards());
            elements(out, "Body", "Bodies", diff.bodies());
        }
        if (!diff.monitoring().isEmpty()) {
            out.println();
            line(out, "## Monitoring");
            elements(out, "Monitoring", "Monitoring lines", diff.monitoring());
        }
        if (!diff.risks().isEmpty()) {
            out.println();
            line(out, "## Risks");
            elements(out, "Risk", "Risks", diff.risks());
        }
        if (!diff.resources().isEmpty()) {
            out.println();
            line(out, "## Resources");
            elements(out, "Resource", "Resources", diff.resources());
        }
        for (AreaChange area : diff.areas()) {
            out.println();
            line(out, "## " + cell(area.id() + ": " + area.title()) + (area.kind() == ChangeKind.ADDED
                    || area.kind() == ChangeKind.REMOVED ? " (" + area.kind().word() + ")" : ""));
            if (area.kind() == ChangeKind.CHANGED) {
                fields(out, area.fields());
            }
            elements(out, "Action", "Actions", area.actions());
            elements(out, "KPI", "KPIs", area.kpis());
        }
    }

    private static void fields(PrintWriter out, List<FieldChange> changes) {
        out.println();
        line(out, "| What | Was | Now |");
        line(out, "|---|---|---|");
        for (FieldChange change : changes) {
            line(out, "| " + change.field().label() + " | " + side(change.before(), change) + " | "
                    + side(change.after(), change) + " |");
        }
    }

    private static void elements(PrintWriter out, String noun, String plural, List<ElementChange> elements) {
        for (ChangeKind kind : List.of(ChangeKind.ADDED, ChangeKind.REMOVED)) {
            List<ElementChange> these = elements.stream().filter(e -> e.kind() == kind).toList();
            if (these.isEmpty()) {
                continue;
            }
            // The columns are the details these elements have, in the fields' own order.
            Set<Field> columns = EnumSet.noneOf(Field.class);
            these.forEach(e -> e.fields().forEach(f -> columns.add(f.field())));
            out.println();
            line(out, "### " + plural + " " + kind.word());
            out.println();
            List<String> header = new ArrayList<>(List.of(noun));
            columns.forEach(field -> header.add(field.label()));
            row(out, header);
            line(out, "|" + "---|".repeat(header.size()));
            for (ElementChange element : these) {
                List<String> cells = new ArrayList<>(List.of(name(element)));
                for (Field field : columns) {
                    cells.add(element.fields().stream().filter(f -> f.field() == field).findFirst()
                            .map(f -> cell(Shown.of(kind == ChangeKind.ADDED ? f.after() : f.before()))).orElse(""));
                }
                row(out, cells);
            }
        }
        List<ElementChange> changed = elements.stream().filter(e -> e.kind() == ChangeKind.CHANGED).toList();
        if (!changed.isEmpty()) {
            out.println();
            line(out, "### " + plural + " " + (changed.stream().allMatch(ElementChange::retargeted) ? "retargeted" : "changed"));
            out.println();
            line(out, "| " + noun + " | What | Was | Now |");
            line(out, "|---|---|---|---|");
            for (ElementChange element : changed) {
                boolean first = true;
                for (FieldChange change : element.fields()) {
                    // The element is named on its first row only, so that the table reads as a list.
                    row(out, List.of(first ? name(element) : "", change.field().label(), side(change.before(), change),
                            side(change.after(), change)));
                    first = false;
                }
            }
        }
    }

    /** One side of a change; a one-sided detail (members added) leaves the other side empty. */
    private static String side(Value value, FieldChange change) {
        boolean oneSided = change.field() == Field.MEMBERS_ADDED || change.field() == Field.MEMBERS_REMOVED;
        return value == null && oneSided ? "" : cell(Shown.of(value));
    }

    private static String name(ElementChange element) {
        if (element.id() == null) {
            return cell(element.name());
        }
        return cell(element.name().isEmpty() ? element.id() : element.id() + ": " + element.name());
    }

    private static void row(PrintWriter out, List<String> cells) {
        line(out, "| " + String.join(" | ", cells) + " |");
    }

    /** Text made safe for a table cell: a pipe would end the cell, a line break the row. */
    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s+", " ").strip();
    }

    /** One line, with any control character or reordering mark from the plan written as an escape. */
    private static void line(PrintWriter out, String text) {
        out.println(TerminalText.safe(text));
    }
}
