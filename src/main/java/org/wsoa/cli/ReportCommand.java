package org.wsoa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wsoa.calendar.GovUkHolidays;
import org.wsoa.load.PlanLoader;
import org.wsoa.load.PlanNotFoundException;
import org.wsoa.render.Edition;
import org.wsoa.render.Editions;
import org.wsoa.render.OutputFiles;
import org.wsoa.render.Publication;
import org.wsoa.render.RenderException;
import org.wsoa.render.ReportOptions;
import org.wsoa.render.Templates;
import org.wsoa.report.TextReport;
import org.wsoa.resolve.ResolvedPlan;
import org.wsoa.rules.CheckRegistry;
import org.wsoa.rules.Validation;
import org.wsoa.rules.Validator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wsoa report PLAN}: validates the plan, then writes its progress report as at a date. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes the plan's progress report as at its latest progress file (or --as-of DATE), for the"
                + " DfE and NHS England stocktake and the boards: OUT/<plan>-progress-<date>.html and .pdf, or with"
                + " --exceptions the exception report, OUT/<plan>-exceptions-<date>.*.",
            "The plan is validated first; a plan with errors gives no report."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the report was written", "1:the plan has errors (nothing is written)",
            "2:usage error, a plan with nothing to report as at, or a file could not be read or written"})
final class ReportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan directory")
    private Path plan;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Report as at this date, YYYY-MM-DD, leaving out later progress files"
                    + " (default: the date of the latest progress file)")
    private String asOf;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", defaultValue = "out",
            description = "Where to write the files (default: ${DEFAULT-VALUE})")
    private Path output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "both", completionCandidates = FormatNames.class,
            description = "html, pdf, both, md (a board paper in Markdown), json, or several separated by commas"
                    + " (default: ${DEFAULT-VALUE})")
    private String format;

    @Option(names = "--ahead", paramLabel = "PERIOD", defaultValue = "6w",
            description = "How far ahead to list the actions falling due: days, weeks or months, e.g. 42d, 6w, 2m"
                    + " (default: ${DEFAULT-VALUE})")
    private String ahead;

    @Option(names = "--exceptions", description = "Only what is at risk, off track, overdue or behind trajectory:"
            + " the six-weekly exception report")
    private boolean exceptions;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "A directory of templates that replace the built-in ones of the same name")
    private Path templates;

    @CommandLine.Mixin
    private HolidaysOption holidays;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** The report's formats, for the completion script to offer after --format. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            List<String> names = new ArrayList<>(Editions.reportNames());
            names.add(Editions.BOTH);
            return names.iterator();
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Edition> editions = Editions.selectReport(format);
        if (editions == null) {
            err.println("wsoa report: --format must be one of: " + String.join(", ", Editions.reportNames()) + ", "
                    + Editions.BOTH + " (not `" + format + "`)");
            return Main.USAGE;
        }
        LocalDate reportingPoint;
        Period period;
        try {
            reportingPoint = asOf == null ? null : CliDates.parse(asOf);
        } catch (CliDates.BadDateException e) {
            err.println("wsoa report: --as-of " + e.getMessage());
            return Main.USAGE;
        }
        try {
            period = CliDates.period(ahead);
        } catch (CliDates.BadDateException e) {
            err.println("wsoa report: --ahead " + e.getMessage());
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
            err.println("wsoa report: --holidays: " + e.getMessage());
            return Main.USAGE;
        }
        if (validation.errors() > 0) {
            new TextReport(Terminal.colour()).write(List.of(validation), List.of(), false, err);
            err.println("wsoa report: the plan has errors, so no report was written");
            err.flush();
            return Main.FINDINGS;
        }
        ResolvedPlan resolved = validation.resolved();
        if (!resolved.progress().isRecorded()) {
            err.println("wsoa report: " + plan + " has no progress files yet, so there is nothing to report; add one,"
                    + " progress/YYYY-MM-DD.yaml (see docs/monitoring.md), or give --as-of DATE");
            return Main.USAGE;
        }
        String name = plan.toAbsolutePath().normalize().getFileName().toString()
                + (exceptions ? "-exceptions-" : "-progress-") + resolved.progress().asOf();
        Map<Path, byte[]> files = new LinkedHashMap<>();
        try {
            Publication publication = new Publication(Templates.create(templates), allowedResources(),
                    System.getenv("SOURCE_DATE_EPOCH"), new ReportOptions(period, exceptions));
            // Every edition is made before any is written, so that a failure leaves none.
            for (Edition edition : editions) {
                files.put(output.resolve(name + "." + edition.extension()), edition.render(resolved, publication));
            }
            for (Map.Entry<Path, byte[]> file : files.entrySet()) {
                OutputFiles.write(file.getKey(), file.getValue());
            }
        } catch (RenderException e) {
            err.println("wsoa report: " + e.getMessage());
            return Main.USAGE;
        } catch (IOException e) {
            err.println("wsoa report: could not write to " + output + ": " + e.getMessage());
            return Main.USAGE;
        }
        files.keySet().forEach(file -> out.println("Wrote " + file));
        out.flush();
        return Main.OK;
    }

    private List<Path> allowedResources() {
        List<Path> allowed = new ArrayList<>();
        allowed.add(plan);
        if (templates != null) {
            allowed.add(templates);
        }
        return allowed;
    }
}
