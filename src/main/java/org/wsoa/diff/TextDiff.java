package org.wsoa.diff;

import java.io.PrintWriter;
import java.util.List;
import org.wsoa.report.TerminalText;

/**
 * A diff for the terminal: a heading per part of the plan (the plan itself, governance, monitoring, risks,
 * resources, each area),
 * then one line per element that changed, and its fields indented below it.
 */
final class TextDiff implements DiffFormat {

    @Override
    public void write(PlanDiff diff, PrintWriter out) {
        if (diff.isEmpty()) {
            line(out, "No changes to " + diff.title() + " from " + diff.from() + " to " + diff.to() + ".");
            return;
        }
        line(out, "Changes to " + diff.title() + " from " + diff.from() + " to " + diff.to() + ":");
        if (!diff.plan().isEmpty()) {
            out.println();
            line(out, "The plan");
            diff.plan().forEach(change -> line(out, "  " + Shown.line(change, false)));
        }
        if (diff.governanceChanged()) {
            out.println();
            line(out, "Governance");
            elements(out, "Organisation", diff.organisations());
            elements(out, "Person", diff.people());
            elements(out, "Board", diff.boards());
            elements(out, "Body", diff.bodies());
        }
        if (!diff.monitoring().isEmpty()) {
            out.println();
            line(out, "Monitoring");
            elements(out, "Monitoring", diff.monitoring());
        }
        if (!diff.risks().isEmpty()) {
            out.println();
            line(out, "Risks");
            elements(out, "Risk", diff.risks());
        }
        if (!diff.resources().isEmpty()) {
            out.println();
            line(out, "Resources");
            elements(out, "Resource", diff.resources());
        }
        for (AreaChange area : diff.areas()) {
            out.println();
            line(out, area.id() + ": " + area.title() + (area.kind() == ChangeKind.ADDED || area.kind() == ChangeKind.REMOVED
                    ? " (" + area.kind().word() + ")" : ""));
            if (area.kind() == ChangeKind.CHANGED) {
                area.fields().forEach(change -> line(out, "  " + Shown.line(change, false)));
            }
            elements(out, "Action", area.actions());
            elements(out, "KPI", area.kpis());
        }
        out.println();
        line(out, Shown.count(diff.count()) + ".");
    }

    private static void elements(PrintWriter out, String noun, List<ElementChange> elements) {
        for (ElementChange element : elements) {
            line(out, "  " + noun + (element.id() == null ? "" : " " + element.id()) + " (" + Shown.verb(element) + ")"
                    + (element.name().isEmpty() ? "" : ": " + element.name()));
            boolean detail = element.kind() != ChangeKind.CHANGED;
            element.fields().forEach(change -> line(out, "    " + Shown.line(change, detail)));
        }
    }

    /** One line, with any control character or reordering mark from the plan written as an escape. */
    private static void line(PrintWriter out, String text) {
        out.println(TerminalText.safe(text));
    }
}
