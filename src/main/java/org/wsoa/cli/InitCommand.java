package org.wsoa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.wsoa.calendar.OutsideKnownYearsException;
import org.wsoa.calendar.WorkingDays;
import org.wsoa.init.PlanSkeleton;
import org.wsoa.init.SkeletonDates;
import org.wsoa.model.PlanKind;
import org.wsoa.report.TerminalText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code wsoa init [KIND] DIR}: writes a new plan to fill in; with {@code --from PLAN}, the plan that
 * follows PLAN after the visit that judged it ({@link NextPlanRun}).
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Writes a new plan directory, with every field explained, that validates with warnings"
                + " for what is still to fill in.",
            "With --from PLAN, starts the plan that follows PLAN (an Accelerated Progress Plan after a Written"
                + " Statement of Action's revisit): the areas judged not sufficient, their unfinished actions"
                + " carried forward, and each KPI's latest actual as its new baseline. PLAN is only read."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.FINDINGS_LINE, ExitCodes.TROUBLE_LINE})
final class InitCommand implements Callable<Integer> {

    @Parameters(arity = "1..2", paramLabel = "[KIND] DIR", hideParamSyntax = true,
            description = "The new plan directory, which must not exist yet; before it, the kind of plan (or give"
                    + " --kind)")
    private List<String> positional = new ArrayList<>();

    @Option(names = "--kind", paramLabel = "KIND", completionCandidates = KindCodes.class,
            description = "wsoa, app, priority-action-plan or strategic-plan; with --from, the kind that follows"
                    + " PLAN's, which is the default")
    private String kind;

    @Option(names = "--area", paramLabel = "NAME", description = "The local area, e.g. \"Exampleshire\" (not with --from)")
    private String area;

    @Option(names = {"--received", "--revisit-received"}, paramLabel = "DATE",
            description = "The day the area received the inspection (or revisit) report, YYYY-MM-DD; with --from,"
                    + " the report of the revisit or monitoring inspection, if PLAN does not record it")
    private String received;

    @Option(names = "--from", paramLabel = "PLAN",
            description = "The plan before: start the plan that follows it, from its latest progress file")
    private Path from;

    @Option(names = "--not-sufficient", paramLabel = "IDS", split = ",",
            description = "With --from: the areas the revisit (or monitoring inspection) found had not made sufficient"
                    + " progress, e.g. W2,W4, if PLAN does not record its judgements")
    private List<String> notSufficient = new ArrayList<>();

    @Option(names = "--due", paramLabel = "DATE",
            description = "With --from: the date the new plan is due, as the DfE set it or as was agreed")
    private String due;

    @CommandLine.Mixin
    private HolidaysOption holidays;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * The command that started wsoa, as its README says it: {@code ./wsoa} in a clone of the
     * repository, whose launcher sets {@code wsoa.command}; else the release's {@code wsoa}.
     */
    static String launcher() {
        return TerminalText.safe(System.getProperty("wsoa.command", "wsoa"));
    }

    /** The plan kinds, for the completion script to offer after --kind. */
    static final class KindCodes implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(PlanKind.values()).map(PlanKind::code).iterator();
        }
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String kindCode = positional.size() == 2 ? positional.get(0) : null;
        if (kindCode != null && kind != null && !kindCode.equals(kind)) {
            err.println("wsoa init: the kind is given twice, as `" + TerminalText.safe(kindCode) + "` and --kind "
                    + TerminalText.safe(kind) + "; give it once");
            return Main.USAGE;
        }
        kindCode = kindCode != null ? kindCode : kind;
        PlanKind planKind = null;
        if (kindCode != null) {
            planKind = PlanKind.fromCode(kindCode);
            if (planKind == null) {
                err.println("wsoa init: " + (kind != null ? "--kind" : "the kind") + " must be one of: " + String.join(", ",
                        java.util.Arrays.stream(PlanKind.values()).map(PlanKind::code).toList()) + " (not `"
                        + TerminalText.safe(kindCode) + "`)");
                return Main.USAGE;
            }
        }
        Path dir = Path.of(positional.get(positional.size() - 1));
        if (from != null) {
            if (area != null) {
                err.println("wsoa init: --area is not given with --from: the new plan is for PLAN's area");
                return Main.USAGE;
            }
            LocalDate receivedDate;
            LocalDate dueDate;
            try {
                receivedDate = received == null ? null : CliDates.parse(received);
            } catch (CliDates.BadDateException e) {
                err.println("wsoa init: --received " + TerminalText.safe(e.getMessage()));
                return Main.USAGE;
            }
            try {
                dueDate = due == null ? null : CliDates.parse(due);
            } catch (CliDates.BadDateException e) {
                err.println("wsoa init: --due " + TerminalText.safe(e.getMessage()));
                return Main.USAGE;
            }
            return new NextPlanRun(spec.commandLine(), holidays).run(dir, from, planKind, notSufficient, receivedDate,
                    dueDate);
        }
        if (!notSufficient.isEmpty() || due != null) {
            err.println("wsoa init: --not-sufficient and --due go with --from PLAN, the plan before");
            return Main.USAGE;
        }
        return newPlan(dir, planKind);
    }

    /** A new plan from the skeleton: kind, area and the day the report was received are all needed. */
    private int newPlan(Path dir, PlanKind planKind) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> missing = new ArrayList<>();
        if (planKind == null) {
            missing.add("--kind");
        }
        if (area == null) {
            missing.add("--area");
        }
        if (received == null) {
            missing.add("--received");
        }
        if (!missing.isEmpty()) {
            err.println("wsoa init: a new plan needs " + String.join(", ", missing)
                    + " (or --from PLAN, to start the plan that follows PLAN)");
            return Main.USAGE;
        }
        if (area.isBlank()) {
            err.println("wsoa init: --area must name the local area");
            return Main.USAGE;
        }
        LocalDate receivedDate;
        try {
            receivedDate = CliDates.parse(received);
        } catch (CliDates.BadDateException e) {
            err.println("wsoa init: --received " + TerminalText.safe(e.getMessage()));
            return Main.USAGE;
        }
        try {
            PlanSkeleton.Settings settings = new PlanSkeleton.Settings(planKind, area.strip(), receivedDate,
                    SkeletonDates.from(receivedDate, WorkingDays.englandAndWales()));
            List<String> files = PlanSkeleton.write(dir, settings);
            long schemas = files.stream().filter(f -> f.startsWith(PlanSkeleton.SCHEMA_FOLDER + "/")).count();
            out.println("Wrote a new " + planKind.title() + " for " + TerminalText.safe(area.strip()) + " in "
                    + TerminalText.safe(dir.toString()) + ": " + files.size() + " files, " + (files.size() - schemas)
                    + " of the plan and " + schemas + " schemas in " + PlanSkeleton.SCHEMA_FOLDER
                    + "/ that editors check it with.");
            out.println("Next: fill in the places marked [insert ...], then run: " + launcher() + " validate "
                    + TerminalText.safe(dir.toString()));
            return Main.OK;
        } catch (OutsideKnownYearsException e) {
            err.println("wsoa init: " + TerminalText.safe(e.getMessage()));
            return Main.USAGE;
        } catch (IOException e) {
            err.println("wsoa init: " + TerminalText.safe(IoProblem.describe(e)));
            return Main.USAGE;
        }
    }
}
