package org.wsoa.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wsoa.render.Edition;
import org.wsoa.render.Editions;
import org.wsoa.render.HtmlRenderer;
import org.wsoa.render.Publication;
import org.wsoa.render.RenderException;
import org.wsoa.render.TemplateLimits;
import org.wsoa.render.Templates;
import org.wsoa.report.Report;
import org.wsoa.report.Reports;
import org.wsoa.report.SarifLocations;
import org.wsoa.report.TerminalText;
import org.wsoa.rules.Finding;
import org.wsoa.rules.Validation;
import org.wsoa.verify.PublishedFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wsoa build PLAN}: validates the plan, then writes the editions asked for. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Validates a plan and, if it has no errors, writes it for publication as OUT/<name>.html and"
                + " OUT/<name>.pdf, <name> being the plan's output-name or <area>-<kind>-<year>.",
            "The files of one build replace the previous ones together, or not at all; one build at a time"
                + " writes to OUT.",
            "With --verify, the files written are then checked: the page's structure, and the PDF against PDF/UA-1,"
                + " PDF/A-3a and its page."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.FINDINGS_LINE, ExitCodes.TROUBLE_LINE})
final class BuildCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan directory")
    private Path plan;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", defaultValue = "out",
            description = "Where to write the files (default: ${DEFAULT-VALUE})")
    private Path output;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "A directory of templates that replace the built-in ones of the same name")
    private Path templates;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "both",
            description = "html, pdf, both, or several editions separated by commas (default: ${DEFAULT-VALUE})")
    private String format;

    @Option(names = TemplateLimitOption.NAME, paramLabel = "KEY=VALUE",
            description = "Sets a limit of the templates' sandbox: time=SECONDS per page (default 60),"
                    + " output=CHARACTERS per page (default 32000000), depth=LEVELS of nesting (default 200)")
    private Map<String, String> templateLimits = new LinkedHashMap<>();

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "60",
            description = "How long to wait for another build that is writing to OUT to finish (default: ${DEFAULT-VALUE})")
    private int waitSeconds;

    @Option(names = "--verify",
            description = "Then check the files written: the page's structure (headings, IDs, text alternatives,"
                    + " tables, links), the PDF against PDF/UA-1 and PDF/A-3a with veraPDF, and the PDF's text"
                    + " against the page it is printed from; exit code 1 if they fail, the files written all the same")
    private boolean verify;

    @Option(names = "--verify-format", paramLabel = "FORMAT", defaultValue = "text",
            completionCandidates = ValidateCommand.FormatNames.class,
            description = "With --verify: how to print its findings: text (default), json, sarif, github or junit;"
                    + " with any but text, standard output holds the report alone and the files written are"
                    + " listed on standard error")
    private String verifyFormat;

    @CommandLine.Mixin
    private NameOption name;

    @CommandLine.Mixin
    private HolidaysOption holidays;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Edition> editions = Editions.select(format);
        if (editions == null) {
            err.println("wsoa build: --format must be one of: " + String.join(", ", Editions.names()) + ", "
                    + Editions.BOTH + " (not `" + TerminalText.safe(format) + "`)");
            return Main.USAGE;
        }
        if (spec.commandLine().getParseResult().hasMatchedOption("--verify-format") && !verify) {
            err.println("wsoa build: --verify-format is for --verify, whose findings it prints");
            return Main.USAGE;
        }
        Report report = verify ? Reports.named(verifyFormat, Terminal.colour(), PublishedFiles.CHECKS,
                SarifLocations.ofWorkingDirectory(), verifyFormat.equals("sarif") ? InstalledDocs.folder() : null) : null;
        if (verify && report == null) {
            err.println("wsoa build: --verify-format must be one of: " + String.join(", ", Reports.NAMES)
                    + " (not `" + TerminalText.safe(verifyFormat) + "`)");
            return Main.USAGE;
        }
        // With a report for machines, standard output holds the report alone.
        boolean reportAlone = verify && !verifyFormat.equals("text");
        PlanOutput publishing = new PlanOutput("build", reportAlone ? err : out, err);
        TemplateLimits limits;
        Validation validation;
        try {
            publishing.checkWait(waitSeconds);
            publishing.checkName(name.value());
            limits = TemplateLimitOption.read(templateLimits);
            validation = publishing.validated(plan, null, holidays, "nothing was written");
        } catch (TemplateLimitOption.BadLimitException e) {
            err.println("wsoa build: " + TerminalText.safe(e.getMessage()));
            return Main.USAGE;
        } catch (PlanOutput.Stopped stopped) {
            return stopped.exitCode();
        }
        String fileName = PlanOutput.fileName(name.value(), validation.resolved());
        Map<String, byte[]> files;
        String printedFrom = null;
        try {
            Publication publication = new Publication(Templates.create(templates, limits), allowedResources(),
                    System.getenv("SOURCE_DATE_EPOCH"));
            files = Editions.render(editions, fileName, validation.resolved(), publication);
            if (verify) {
                // The page the PDF is printed from, which --verify compares the PDF's text with.
                printedFrom = new HtmlRenderer(publication.templates()).render(validation.resolved(), true);
            }
        } catch (RenderException e) {
            err.println("wsoa build: " + TerminalText.safe(e.getMessage()));
            return Main.USAGE;
        }
        int published = publishing.publish(output, waitSeconds, files);
        if (!verify || published != Main.OK) {
            return published;
        }
        return verified(files, printedFrom, validation, report, out, err);
    }

    /**
     * {@code --verify}: checks the files just written (as rendered, the same bytes), prints the findings
     * in the report asked for, and says that the files are there all the same when they fail.
     */
    private int verified(Map<String, byte[]> files, String printedFrom, Validation validation, Report report,
                         PrintWriter out, PrintWriter err) {
        Map<String, byte[]> written = new LinkedHashMap<>();
        files.forEach((file, bytes) -> written.put(output.resolve(file).toString(), bytes));
        List<Finding> findings = PublishedFiles.check(written, printedFrom).stream().map(d -> new Finding(d, null)).toList();
        Validation verification = new Validation(output.toString(), validation.resolved(), findings, files.size());
        report.write(List.of(verification), List.of(), false, out);
        out.flush();
        if (verification.errors() == 0) {
            return Main.OK;
        }
        err.println("wsoa build: --verify found " + verification.errors() + " error"
                + (verification.errors() == 1 ? "" : "s") + " in the files written to "
                + TerminalText.safe(output.toString()) + "; they were written all the same, to be looked at"
                + " and fixed before they are published");
        err.flush();
        return Main.FINDINGS;
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
