package org.wsoa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wsoa.calendar.GovUkHolidays;
import org.wsoa.export.CsvTables;
import org.wsoa.export.ExportTables;
import org.wsoa.export.JsonExport;
import org.wsoa.export.Table;
import org.wsoa.load.PlanLoader;
import org.wsoa.load.PlanNotFoundException;
import org.wsoa.render.OutputFiles;
import org.wsoa.report.TextReport;
import org.wsoa.resolve.ResolvedPlan;
import org.wsoa.rules.CheckRegistry;
import org.wsoa.rules.Validation;
import org.wsoa.rules.Validator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wsoa export PLAN}: the plan's actions, KPI actuals and risks as at a date, for dashboards. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the plan's actions (with their latest status and dates), KPI actuals and risks as at"
                + " its latest progress file (or --as-of DATE), for the dashboards councils keep in Excel and Power BI:"
                + " OUT/<plan>-actions.csv, OUT/<plan>-kpi-actuals.csv and OUT/<plan>-risks.csv, or"
                + " OUT/<plan>-export.json.",
            "The plan is validated first; a plan with errors is not exported."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the files were written", "1:the plan has errors (nothing is written)",
            "2:usage error, or a file could not be read or written"})
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
            err.println("wsoa export: --format must be one of: " + String.join(", ", FORMATS) + " (not `" + format + "`)");
            return Main.USAGE;
        }
        LocalDate reportingPoint;
        try {
            reportingPoint = asOf == null ? null : CliDates.parse(asOf);
        } catch (CliDates.BadDateException e) {
            err.println("wsoa export: --as-of " + e.getMessage());
            return Main.USAGE;
        }
        Validation validation;
        try {
            validation = new Validator(CheckRegistry.standard(), holidays.calendar())
                    .validate(PlanLoader.load(plan), reportingPoint);
        } catch (PlanNotFoundException e) {
            err.println("wsoa: " + e.getMessage());
            return Main.USAGE;
        } catch (GovUkHolidays.HolidayFileException e) {
            err.println("wsoa export: --holidays: " + e.getMessage());
            return Main.USAGE;
        }
        if (validation.errors() > 0) {
            new TextReport(Terminal.colour()).write(List.of(validation), List.of(), false, err);
            err.println("wsoa export: the plan has errors, so nothing was exported");
            err.flush();
            return Main.FINDINGS;
        }
        ResolvedPlan resolved = validation.resolved();
        String name = plan.toAbsolutePath().normalize().getFileName().toString();
        Map<Path, byte[]> files = new LinkedHashMap<>();
        if (format.equals("json")) {
            files.put(output.resolve(name + "-export.json"), JsonExport.write(resolved));
        } else {
            for (Table table : new ExportTables(resolved).all()) {
                files.put(output.resolve(name + "-" + table.name() + ".csv"), CsvTables.write(table));
            }
        }
        try {
            for (Map.Entry<Path, byte[]> file : files.entrySet()) {
                OutputFiles.write(file.getKey(), file.getValue());
            }
        } catch (IOException e) {
            err.println("wsoa export: could not write to " + output + ": " + e.getMessage());
            return Main.USAGE;
        }
        files.keySet().forEach(file -> out.println("Wrote " + file));
        out.flush();
        return Main.OK;
    }
}
