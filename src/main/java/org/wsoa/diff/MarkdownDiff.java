package org.wsoa.diff;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A diff for a board paper, in Markdown: a heading for the plan, governance and each area, and a
 * table for each sort of change in it (actions added, actions changed, KPIs retargeted...).
 */
final class MarkdownDiff implements DiffFormat {

    @Override
    public void write(PlanDiff diff, PrintWriter out) {
        out.println("# Changes to " + cell(diff.title()));
        out.println();
        if (diff.isEmpty()) {
            out.println("No changes from " + cell(diff.from()) + " to " + cell(diff.to()) + ".");
            return;
        }
        out.println("From " + cell(diff.from()) + " to " + cell(diff.to()) + ": " + Shown.count(diff.count()) + ".");
        if (!diff.plan().isEmpty()) {
            out.println();
            out.println("## The plan");
            fields(out, diff.plan());
        }
        if (!diff.boards().isEmpty()) {
            out.println();
            out.println("## Governance");
            elements(out, "Board", "Boards", diff.boards());
        }
        for (AreaChange area : diff.areas()) {
            out.println();
            out.println("## " + cell(area.id() + ": " + area.title()) + (area.kind() == ChangeKind.ADDED
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
        out.println("| What | Was | Now |");
        out.println("|---|---|---|");
        for (FieldChange change : changes) {
            out.println("| " + change.field().label() + " | " + side(change.before(), change) + " | "
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
            out.println("### " + plural + " " + kind.word());
            out.println();
            List<String> header = new ArrayList<>(List.of(noun));
            columns.forEach(field -> header.add(field.label()));
            row(out, header);
            out.println("|" + "---|".repeat(header.size()));
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
            out.println("### " + plural + " " + (changed.stream().allMatch(ElementChange::retargeted) ? "retargeted" : "changed"));
            out.println();
            out.println("| " + noun + " | What | Was | Now |");
            out.println("|---|---|---|---|");
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
        return cell(element.name().isEmpty() ? element.id() : element.id() + ": " + element.name());
    }

    private static void row(PrintWriter out, List<String> cells) {
        out.println("| " + String.join(" | ", cells) + " |");
    }

    /** Text made safe for a table cell: a pipe would end the cell, a line break the row. */
    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s+", " ").strip();
    }
}
