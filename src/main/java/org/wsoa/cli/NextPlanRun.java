package org.wsoa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.wsoa.calendar.BritishDates;
import org.wsoa.calendar.GovUkHolidays;
import org.wsoa.init.FollowUpReport;
import org.wsoa.init.NextPlan;
import org.wsoa.load.PlanLoader;
import org.wsoa.load.PlanNotFoundException;
import org.wsoa.model.Destination;
import org.wsoa.model.PlanKind;
import org.wsoa.report.TerminalText;
import org.wsoa.report.TextReport;
import org.wsoa.resolve.PlanClosure;
import org.wsoa.resolve.ResolvedPlan;
import org.wsoa.rules.CheckRegistry;
import org.wsoa.rules.Validation;
import org.wsoa.rules.Validator;
import picocli.CommandLine;

/**
 * {@code wsoa init DIR --from PLAN}: checks the plan before, takes from it what the next plan carries
 * (its progress as at its latest progress file), and has {@link NextPlan} write the new plan.
 */
final class NextPlanRun {

    private final CommandLine cli;
    private final HolidaysOption holidays;

    NextPlanRun(CommandLine cli, HolidaysOption holidays) {
        this.cli = cli;
        this.holidays = holidays;
    }

    /**
     * @param kind          the kind asked for, or null for the one that follows PLAN's
     * @param notSufficient the areas given with --not-sufficient, or empty
     * @param received      the day the visit's report was received, as given, or null
     * @param due           the new plan's due date, as given, or null
     */
    int run(Path dir, Path from, PlanKind kind, List<String> notSufficient, LocalDate received, LocalDate due) {
        PrintWriter out = cli.getOut();
        PrintWriter err = cli.getErr();
        Validation validation;
        try {
            validation = new Validator(CheckRegistry.standard(), holidays.calendar()).validate(PlanLoader.load(from));
        } catch (PlanNotFoundException e) {
            err.println("wsoa init: --from: " + TerminalText.safe(e.getMessage()));
            return Main.USAGE;
        } catch (GovUkHolidays.HolidayFileException e) {
            err.println("wsoa init: --holidays: " + TerminalText.safe(e.getMessage()));
            return Main.USAGE;
        }
        String name = from.toAbsolutePath().normalize().getFileName().toString();
        if (validation.errors() > 0) {
            new TextReport(Terminal.colour()).write(List.of(validation), List.of(), false, err);
            err.println("wsoa init: " + TerminalText.safe(from.toString()) + " has errors; fix them first, so that"
                    + " the next plan starts from a sound one");
            return Main.FINDINGS;
        }
        ResolvedPlan before = validation.resolved();
        PlanKind next = before.kind().next();
        if (next == null) {
            err.println("wsoa init: no plan follows " + before.kind().titleWithArticle() + " in wsoa: when it ends,"
                    + " its closure report says where each unfinished action goes (wsoa close "
                    + TerminalText.safe(from.toString()) + ")");
            return Main.USAGE;
        }
        if (kind != null && !kind.code().equals(next.code())) {
            err.println("wsoa init: the plan that follows " + before.kind().titleWithArticle() + " is "
                    + next.titleWithArticle() + " (" + next.code() + "), not " + kind.titleWithArticle());
            return Main.USAGE;
        }
        FollowUpReport report;
        try {
            report = FollowUpReport.of(before.plan(), notSufficient, received, name);
        } catch (FollowUpReport.BadJudgementsException e) {
            err.println("wsoa init: " + TerminalText.safe(e.getMessage()));
            return Main.USAGE;
        }
        String visit = before.kind().judgedBy().theName();
        if (report.notSufficient().isEmpty()) {
            err.println("wsoa init: " + visit + " found sufficient progress on every area, so no plan follows;"
                    + " write the closure report instead (wsoa close " + TerminalText.safe(from.toString()) + ")");
            return Main.USAGE;
        }
        NextPlan.Result result;
        try {
            result = NextPlan.write(dir, Handovers.of(before, name), report, due);
        } catch (IOException e) {
            err.println("wsoa init: " + TerminalText.safe(IoProblem.describe(e)));
            return Main.USAGE;
        }
        LocalDate asOf = before.progress().asOf();
        out.println("Wrote " + next.titleWithArticle() + " for " + TerminalText.safe(before.plan().area().value())
                + " in " + TerminalText.safe(dir.toString()) + ", from the " + before.kind().title() + " in "
                + TerminalText.safe(from.toString()) + (asOf == null ? "" : " as at " + BritishDates.formatShort(asOf))
                + ": " + count(result.areas().size(), "area") + " (" + String.join(", ", result.areas()) + "), "
                + count(result.carried(), "action") + " carried forward, " + (result.baselines() == 0
                        ? "no KPI with an actual to take as its new baseline."
                        : count(result.baselines(), "KPI") + (result.baselines() == 1 ? " with its" : ", each with its")
                                + " latest actual as the new baseline."));
        PlanClosure closure = before.closure();
        if (!result.leftBehind().isEmpty()) {
            boolean one = result.leftBehind().size() == 1;
            out.println(count(result.leftBehind().size(), "unfinished action") + " of the areas not carried forward ("
                    + String.join(", ", result.leftBehind()) + ") " + (one ? "stays" : "stay") + " behind: "
                    + (closure != null ? TerminalText.safe(from.resolve("closure.yaml").toString()) + " says where "
                            + (one ? "it goes" : "each goes") + " (wsoa close " + TerminalText.safe(from.toString())
                            + " writes the closure report)."
                    : "say where " + (one ? "it goes" : "each goes") + " in "
                            + TerminalText.safe(from.resolve("closure.yaml").toString()) + " (wsoa close --start "
                            + TerminalText.safe(from.toString()) + " starts it)."));
        }
        if (closure != null) {
            disagreements(closure, before.kind(), result).forEach(out::println);
        }
        out.println("Next: decide the places marked [insert ...], among them the new due dates and targets, then run:"
                + " " + InitCommand.launcher() + " validate " + TerminalText.safe(dir.toString()));
        return Main.OK;
    }

    /**
     * Where the plan before's closure.yaml and what was carried forward disagree: an action carried
     * forward that closure.yaml sends elsewhere, or one it sends to the next plan that stays behind.
     */
    private static List<String> disagreements(PlanClosure closure, PlanKind closing, NextPlan.Result result) {
        List<String> notes = new ArrayList<>();
        for (PlanClosure.OutstandingLine line : closure.outstanding()) {
            Destination destination = line.destination();
            String id = line.action().id();
            boolean carried = result.areas().contains(line.weakness().id());
            if (destination == null) {
                continue;
            }
            if (carried && !destination.isNextPlan()) {
                notes.add("Note: closure.yaml says " + id + " goes to " + destination.words(null) + ", but it is carried"
                        + " forward: correct closure.yaml, or remove " + id + " from the new plan.");
            } else if (!carried && destination.isNextPlan()) {
                notes.add("Note: closure.yaml says " + id + " goes to " + destination.words(closing)
                        + ", but its area is not carried forward: add it to the new plan, or correct closure.yaml.");
            }
        }
        return notes;
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
