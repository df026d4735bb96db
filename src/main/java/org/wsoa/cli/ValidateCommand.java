package org.wsoa.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.wsoa.calendar.GovUkHolidays;
import org.wsoa.load.PlanLoader;
import org.wsoa.load.PlanNotFoundException;
import org.wsoa.report.Report;
import org.wsoa.report.Reports;
import org.wsoa.report.SarifLocations;
import org.wsoa.rules.CheckRegistry;
import org.wsoa.rules.Validation;
import org.wsoa.rules.Validator;
import org.wsoa.report.TerminalText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wsoa validate PLAN...}: checks plans and reports every finding with its location. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks one or more plan directories and reports every problem as path:line:col.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.FINDINGS_LINE, ExitCodes.TROUBLE_LINE})
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PLAN", description = "Plan directories, e.g. plans/*")
    private List<Path> plans;

    @Option(names = "--files", description = "The arguments are files, as git hooks and pre-commit give them:"
            + " check each plan that holds one of them, once; files in no plan are left out")
    private boolean files;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", completionCandidates = FormatNames.class,
            description = "text (default), json, sarif, github or junit")
    private String format;

    @Option(names = "--strict", description = "Warnings fail too")
    private boolean strict;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Check progress as at this date, YYYY-MM-DD, leaving out later progress files"
                    + " (default: the date of each plan's latest progress file)")
    private String asOf;

    @Option(names = "--base", paramLabel = "DIR",
            description = "With --format sarif: write file locations relative to DIR (the repository's root, for"
                    + " code scanning) rather than to the working directory")
    private Path base;

    @CommandLine.Mixin
    private HolidaysOption holidays;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** The report formats, for the completion script to offer after --format. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Reports.NAMES.iterator();
        }
    }

    /** The command as picocli would set it up from these arguments, for {@link QuickValidate}. */
    static ValidateCommand of(List<Path> plans, boolean files, String format, boolean strict, String asOf, Path base,
            Path holidays) {
        ValidateCommand command = new ValidateCommand();
        command.plans = plans;
        command.files = files;
        command.format = format;
        command.strict = strict;
        command.asOf = asOf;
        command.base = base;
        command.holidays = new HolidaysOption(holidays);
        return command;
    }

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Checks the plans, printing to {@code out} and {@code err}; the exit code. */
    int run(PrintWriter out, PrintWriter err) {
        if (base != null && !format.equals("sarif")) {
            err.println("wsoa validate: --base is for --format sarif, whose file locations it sets");
            return Main.USAGE;
        }
        if (base != null && !Files.isDirectory(base)) {
            err.println("wsoa validate: --base " + TerminalText.safe(base.toString()) + " is not a folder");
            return Main.USAGE;
        }
        Report report = Reports.named(format, Terminal.colour(), CheckRegistry.standard(),
                base == null ? SarifLocations.ofWorkingDirectory() : new SarifLocations(base),
                format.equals("sarif") ? InstalledDocs.folder() : null);
        if (report == null) {
            err.println("wsoa validate: --format must be one of: " + String.join(", ", Reports.NAMES)
                    + " (not `" + TerminalText.safe(format) + "`)");
            return Main.USAGE;
        }
        LocalDate reportingPoint;
        try {
            reportingPoint = asOf == null ? null : CliDates.parse(asOf);
        } catch (CliDates.BadDateException e) {
            err.println("wsoa validate: --as-of " + e.getMessage());
            return Main.USAGE;
        }
        Validator validator;
        try {
            validator = new Validator(CheckRegistry.standard(), holidays.calendar());
        } catch (GovUkHolidays.HolidayFileException e) {
            err.println("wsoa validate: --holidays: " + TerminalText.safe(e.getMessage()));
            return Main.USAGE;
        }
        List<Validation> validations = new ArrayList<>();
        List<Report.Unreadable> unreadable = new ArrayList<>();
        // Several plans are read and checked two at a time; the report keeps the order they were given in.
        List<Path> dirs = files ? PlanDirectories.holding(plans) : plans;
        List<Object> results = PlanJobs.map(dirs, dir -> {
            try {
                return validator.validate(PlanLoader.load(dir), reportingPoint);
            } catch (PlanNotFoundException e) {
                return e;
            }
        });
        for (int i = 0; i < dirs.size(); i++) {
            if (results.get(i) instanceof PlanNotFoundException e) {
                unreadable.add(new Report.Unreadable(dirs.get(i).toString(), e.getMessage()));
                err.println("wsoa: " + TerminalText.safe(e.getMessage()));
            } else {
                validations.add((Validation) results.get(i));
            }
        }
        report.write(validations, unreadable, strict, out);
        out.flush();
        if (!unreadable.isEmpty()) {
            return Main.USAGE;
        }
        return validations.stream().anyMatch(v -> v.fails(strict)) ? Main.FINDINGS : Main.OK;
    }
}
