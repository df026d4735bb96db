package org.wsoa.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wsoa.render.Edition;
import org.wsoa.render.Editions;
import org.wsoa.render.Publication;
import org.wsoa.render.RenderException;
import org.wsoa.render.ReportOptions;
import org.wsoa.render.TemplateLimits;
import org.wsoa.render.Templates;
import org.wsoa.report.TerminalText;
import org.wsoa.resolve.ResolvedPlan;
import org.wsoa.rules.Validation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wsoa report PLAN}: validates the plan, then writes its progress report as at a date. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes the plan's progress report as at its latest progress file (or --as-of DATE), for the"
                + " DfE and NHS England stocktake and the boards: OUT/<name>-progress-<date>.html and .pdf, or with"
                + " --exceptions the exception report, OUT/<name>-exceptions-<date>.*.",
            "The plan is validated first; a plan with errors gives no report."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.FINDINGS_LINE, ExitCodes.TROUBLE_LINE})
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

    @Option(names = TemplateLimitOption.NAME, paramLabel = "KEY=VALUE",
            description = "Sets a limit of the templates' sandbox: time=SECONDS per page (default 60),"
                    + " output=CHARACTERS per page (default 32000000), depth=LEVELS of nesting (default 200)")
    private Map<String, String> templateLimits = new LinkedHashMap<>();

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
                    + Editions.BOTH + " (not `" + TerminalText.safe(format) + "`)");
            return Main.USAGE;
        }
        LocalDate reportingPoint;
        Period period;
        TemplateLimits limits;
        try {
            reportingPoint = asOf == null ? null : CliDates.parse(asOf);
        } catch (CliDates.BadDateException e) {
            err.println("wsoa report: --as-of " + TerminalText.safe(e.getMessage()));
            return Main.USAGE;
        }
        try {
            period = CliDates.period(ahead);
        } catch (CliDates.BadDateException e) {
            err.println("wsoa report: --ahead " + TerminalText.safe(e.getMessage()));
            return Main.USAGE;
        }
        PlanOutput publishing = new PlanOutput("report", out, err);
        Validation validation;
        try {
            publishing.checkWait(waitSeconds);
            publishing.checkName(name.value());
            limits = TemplateLimitOption.read(templateLimits);
            validation = publishing.validated(plan, reportingPoint, holidays, "no report was written");
        } catch (TemplateLimitOption.BadLimitException e) {
            err.println("wsoa report: " + TerminalText.safe(e.getMessage()));
            return Main.USAGE;
        } catch (PlanOutput.Stopped stopped) {
            return stopped.exitCode();
        }
        ResolvedPlan resolved = validation.resolved();
        if (!resolved.progress().isRecorded()) {
            err.println("wsoa report: " + TerminalText.safe(plan.toString()) + " has no progress files yet, so there is"
                    + " nothing to report; add one, progress/YYYY-MM-DD.yaml (see docs/monitoring.md), or give"
                    + " --as-of DATE");
            return Main.USAGE;
        }
        String fileName = PlanOutput.fileName(name.value(), resolved)
                + (exceptions ? "-exceptions-" : "-progress-") + resolved.progress().asOf();
        Map<String, byte[]> files;
        try {
            Publication publication = new Publication(Templates.create(templates, limits), allowedResources(),
                    System.getenv("SOURCE_DATE_EPOCH"), new ReportOptions(period, exceptions));
            files = Editions.render(editions, fileName, resolved, publication);
        } catch (RenderException e) {
            err.println("wsoa report: " + TerminalText.safe(e.getMessage()));
            return Main.USAGE;
        }
        return publishing.publish(output, waitSeconds, files);
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
