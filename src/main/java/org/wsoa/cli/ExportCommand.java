package org.wsoa.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wsoa.export.CsvTables;
import org.wsoa.export.ExportTables;
import org.wsoa.export.JsonExport;
import org.wsoa.export.Table;
import org.wsoa.report.TerminalText;
import org.wsoa.resolve.ResolvedPlan;
import org.wsoa.rules.Validation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wsoa export PLAN}: the plan's actions, KPI actuals and risks as at a date, for dashboards. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the plan's actions (with their latest status and dates), KPI actuals and risks as at"
                + " its latest progress file (or --as-of DATE), for the dashboards councils keep in Excel and Power BI:"
                + " OUT/<name>-actions.csv, OUT/<name>-kpi-actuals.csv and OUT/<name>-risks.csv, or"
                + " OUT/<name>-export.json.",
            "The plan is validated first; a plan with errors is not exported."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.FINDINGS_LINE, ExitCodes.TROUBLE_LINE})
final class ExportCommand implements Callable<Integer> {

    /** The formats, each with what it writes. */
    private static final List<String> FORMATS = List.of("csv", "json");

    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan directory")
    private Path plan;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", completionCandidates = FormatNames.class,
            description = "csv (one file per table, for Excel and Power BI) or json (default: ${DEFAULT-VALUE})")
    private String format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", defaultValue = "out",
            description = "Where to write the files (default: ${DEFAULT-VALUE})")
    private Path output;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Export the progress as at this date, YYYY-MM-DD, leaving out later progress files"
                    + " (default: the date of the latest progress file)")
    private String asOf;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "60",
            description = "How long to wait for another command that is writing to OUT to finish"
                    + " (default: ${DEFAULT-VALUE})")
    private int waitSeconds;

    @CommandLine.Mixin
    private NameOption name;

    @CommandLine.Mixin
    private HolidaysOption holidays;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** The formats, for the completion script to offer after --format. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return FORMATS.iterator();
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!FORMATS.contains(format)) {
            err.println("wsoa export: --format must be one of: " + String.join(", ", FORMATS) + " (not `"
                    + TerminalText.safe(format) + "`)");
            return Main.USAGE;
        }
        LocalDate reportingPoint;
        try {
            reportingPoint = asOf == null ? null : CliDates.parse(asOf);
        } catch (CliDates.BadDateException e) {
            err.println("wsoa export: --as-of " + TerminalText.safe(e.getMessage()));
            return Main.USAGE;
        }
        PlanOutput publishing = new PlanOutput("export", out, err);
        Validation validation;
        try {
            publishing.checkWait(waitSeconds);
            publishing.checkName(name.value());
            validation = publishing.validated(plan, reportingPoint, holidays, "nothing was exported");
        } catch (PlanOutput.Stopped stopped) {
            return stopped.exitCode();
        }
        ResolvedPlan resolved = validation.resolved();
        String fileName = PlanOutput.fileName(name.value(), resolved);
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (format.equals("json")) {
            files.put(fileName + "-export.json", JsonExport.write(resolved));
        } else {
            for (Table table : new ExportTables(resolved).all()) {
                files.put(fileName + "-" + table.name() + ".csv", CsvTables.write(table));
            }
        }
        return publishing.publish(output, waitSeconds, files);
    }
}
