package org.wsoa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
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

/** {@code wsoa init DIR}: writes a new plan to fill in. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Writes a new plan directory, with every field explained, that validates with warnings"
                + " for what is still to fill in.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.FINDINGS_LINE, ExitCodes.TROUBLE_LINE})
final class InitCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "The new plan directory; it must not exist yet.")
    private Path dir;

    @Option(names = "--kind", required = true, paramLabel = "KIND", completionCandidates = KindCodes.class,
            description = "wsoa, app, priority-action-plan or strategic-plan")
    private String kind;

    @Option(names = "--area", required = true, paramLabel = "NAME", description = "The local area, e.g. \"Exampleshire\"")
    private String area;

    @Option(names = "--received", required = true, paramLabel = "DATE",
            description = "The day the area received the inspection (or revisit) report, YYYY-MM-DD")
    private String received;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * The command that started wsoa, as its README says it: {@code ./wsoa} in a clone of the
     * repository, whose launcher sets {@code wsoa.command}; else the release's {@code wsoa}.
     */
    private static String launcher() {
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
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PlanKind planKind = PlanKind.fromCode(kind);
        if (planKind == null) {
            err.println("wsoa init: --kind must be one of: " + String.join(", ",
                    java.util.Arrays.stream(PlanKind.values()).map(PlanKind::code).toList()) + " (not `" + TerminalText.safe(kind) + "`)");
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
