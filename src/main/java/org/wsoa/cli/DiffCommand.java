package org.wsoa.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.wsoa.calendar.GovUkHolidays;
import org.wsoa.calendar.WorkingDays;
import org.wsoa.diff.DiffFormat;
import org.wsoa.diff.DiffFormats;
import org.wsoa.diff.GitSnapshot;
import org.wsoa.diff.PlanComparer;
import org.wsoa.report.TerminalText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wsoa diff OLD NEW}: what changed between two versions of a plan. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Says what changed between two versions of a plan: actions added, removed or changed (lead,"
                + " dates, wording), KPIs retargeted, boards changed, risks and monitoring added, removed or changed,"
                + " areas added or removed, and the plan's dates.",
            "Give two plan directories (OLD NEW), or one with --from REV (and --to REV) to compare git revisions of it.",
            "It exits with 0 whether or not there are changes, with 1 when a version has errors that stop it being"
                + " read (listed as validate lists them), and with 2 when git or the revision is missing."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.FINDINGS_LINE, ExitCodes.TROUBLE_LINE})
final class DiffCommand implements Callable<Integer> {

    @Parameters(arity = "1..2", paramLabel = "PLAN", description = "OLD and NEW plan directories, or one plan with --from")
    private List<Path> plans;

    @Option(names = "--from", paramLabel = "REV", description = "The git revision to compare from, e.g. v1.0")
    private String from;

    @Option(names = "--to", paramLabel = "REV",
            description = "The git revision to compare to (default: the plan's files as they are now)")
    private String to;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", completionCandidates = FormatNames.class,
            description = "text (default), md (Markdown, for a board paper) or json")
    private String format;

    @CommandLine.Mixin
    private HolidaysOption holidays;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** The formats, for the completion script to offer after --format. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return DiffFormats.NAMES.iterator();
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DiffFormat output = DiffFormats.named(format);
        String usage = usageProblem(output);
        if (usage != null) {
            err.println("wsoa diff: " + TerminalText.safe(usage));
            return Main.USAGE;
        }
        WorkingDays calendar;
        try {
            calendar = holidays.calendar();
        } catch (GovUkHolidays.HolidayFileException e) {
            err.println("wsoa diff: --holidays: " + e.getMessage());
            return Main.USAGE;
        }
        List<GitSnapshot> snapshots = new ArrayList<>();
        try {
            PlanVersion old;
            PlanVersion now;
            if (from == null) {
                old = PlanVersion.directory(plans.get(0), calendar);
                now = PlanVersion.directory(plans.get(1), calendar);
            } else {
                old = PlanVersion.revision(plans.get(0), from, calendar, snapshots);
                now = to == null ? PlanVersion.workingTree(plans.get(0), calendar)
                        : PlanVersion.revision(plans.get(0), to, calendar, snapshots);
            }
            List<PlanVersion> unreadable = List.of(old, now).stream().filter(PlanVersion::unreadable).toList();
            for (PlanVersion version : unreadable) {
                version.report(err);
                err.println("wsoa diff: " + TerminalText.safe(version.label())
                        + " has errors that stop it being read, so it cannot be compared");
            }
            if (!unreadable.isEmpty()) {
                err.flush();
                return Main.FINDINGS;
            }
            for (PlanVersion version : List.of(old, now)) {
                if (version.movedKeys() > 0) {
                    boolean one = version.movedKeys() == 1;
                    err.println("wsoa diff: note: " + TerminalText.safe(version.label()) + " has " + version.movedKeys()
                            + (one ? " key" : " keys") + " where the plan format no longer reads "
                            + (one ? "it" : "them")
                            + " (moved-key: an action's `status` now belongs in a progress file), so "
                            + (one ? "it is" : "they are") + " not compared; `wsoa validate` on that version lists "
                            + (one ? "it" : "them"));
                }
            }
            err.flush();
            output.write(PlanComparer.compare(old.resolved(), now.resolved(), old.label(), now.label()), out);
            out.flush();
            return Main.OK;
        } catch (PlanVersion.Unavailable e) {
            err.println("wsoa diff: " + TerminalText.safe(e.getMessage()));
            return Main.USAGE;
        } finally {
            snapshots.forEach(GitSnapshot::close);
        }
    }

    /** What is wrong with the arguments, or null. */
    private String usageProblem(DiffFormat output) {
        if (output == null) {
            return "--format must be one of: " + String.join(", ", DiffFormats.NAMES) + " (not `" + format + "`)";
        }
        if (from == null && to != null) {
            return "--to needs --from: give the revision to compare from";
        }
        if (from == null && plans.size() != 2) {
            return "give two plan directories (OLD NEW), or one plan with --from REV";
        }
        if (from != null && plans.size() != 1) {
            return "with --from, give one plan directory: its versions are read from git";
        }
        return null;
    }
}
