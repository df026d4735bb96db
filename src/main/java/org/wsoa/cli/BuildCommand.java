package org.wsoa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wsoa.publish.OutputBusyException;
import org.wsoa.publish.OutputDirectory;
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

/** {@code wsoa build PLAN...}: validates each plan, then writes the editions asked for. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Validates a plan and, if it has no errors, writes it for publication as OUT/<name>.html and"
                + " OUT/<name>.pdf, <name> being the plan's output-name or <area>-<kind>-<year>.",
            "The files of one build replace the previous ones together, or not at all; one build at a time"
                + " writes to OUT. With several plans, each plan's files are replaced together, its messages"
                + " are printed together, in the order the plans were given, and the exit code is the worst.",
            "With --verify, the files written are then checked: the page's structure, and the PDF against PDF/UA-1,"
                + " PDF/A-3a and its page."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.FINDINGS_LINE, ExitCodes.TROUBLE_LINE})
final class BuildCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PLAN",
            description = "The plan directory, or several, built side by side in one run: each plan's files are"
                    + " OUT/<name>.html and OUT/<name>.pdf, and two plans may not have one name")
    private List<Path> plans;

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
        PlanOutput publishing = new PlanOutput("build", out, err);
        TemplateLimits limits;
        try {
            publishing.checkWait(waitSeconds);
            publishing.checkName(name.value());
            limits = TemplateLimitOption.read(templateLimits);
        } catch (TemplateLimitOption.BadLimitException e) {
            err.println("wsoa build: " + TerminalText.safe(e.getMessage()));
            return Main.USAGE;
        } catch (PlanOutput.Stopped stopped) {
            return stopped.exitCode();
        }
        if (plans.size() == 1) {
            return buildOne(plans.get(0), editions, limits, report, out, err);
        }
        if (verify) {
            err.println("wsoa build: --verify checks the files of one plan; build and verify each plan on its own");
            return Main.USAGE;
        }
        if (name.value() != null) {
            err.println("wsoa build: --name names the files of one plan; with several plans, each is named by its"
                    + " output-name in plan.yaml, or its area, kind and year");
            return Main.USAGE;
        }
        return buildMany(editions, limits, out, err);
    }

    /** One plan: validated, rendered and published, its files together or none of them. */
    private int buildOne(Path plan, List<Edition> editions, TemplateLimits limits, Report report,
                         PrintWriter out, PrintWriter err) {
        // With a report for machines, standard output holds the report alone.
        boolean reportAlone = verify && !verifyFormat.equals("text");
        PlanOutput publishing = new PlanOutput("build", reportAlone ? err : out, err);
        Validation validation;
        try {
            validation = publishing.validated(plan, null, holidays, "nothing was written");
        } catch (PlanOutput.Stopped stopped) {
            return stopped.exitCode();
        }
        Map<String, byte[]> files;
        String printedFrom = null;
        try {
            Templates parsed = Templates.create(templates, limits);
            files = render(plan, editions, parsed, validation);
            if (verify) {
                // The page the PDF is printed from, which --verify compares the PDF's text with.
                printedFrom = new HtmlRenderer(parsed).render(validation.resolved(), true);
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

    private Map<String, byte[]> render(Path plan, List<Edition> editions, Templates parsed, Validation validation)
            throws RenderException {
        String fileName = PlanOutput.fileName(name.value(), validation.resolved());
        Publication publication = new Publication(parsed, allowedResources(plan),
                System.getenv("SOURCE_DATE_EPOCH"));
        return Editions.render(editions, fileName, validation.resolved(), publication);
    }

    /**
     * Several plans, in one JVM, two at a time: first each plan's name, so that two plans with one
     * name stop the build before anything is written; then each plan built and published on its
     * own, its files together or none of them, into OUT, held for the whole build. A plan with
     * errors, or that cannot be read, is reported and the others are still built. (Each plan is
     * validated twice, so that only two plans are held in memory at a time, however many there are.)
     */
    private int buildMany(List<Edition> editions, TemplateLimits limits, PrintWriter out, PrintWriter err) {
        String[] names = new String[plans.size()];
        List<PlanJobs.Job> naming = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            int index = i;
            naming.add((planOut, planErr) -> {
                try {
                    names[index] = PlanOutput.fileName(null,
                            new PlanOutput("build", planOut, planErr).validated(plans.get(index), null, holidays, "").resolved());
                } catch (PlanOutput.Stopped stopped) {
                    // Reported when the plan is built, below.
                }
                return Main.OK;
            });
        }
        PlanJobs.run(naming, new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()));
        Map<String, Path> named = new LinkedHashMap<>();
        boolean clash = false;
        for (int i = 0; i < plans.size(); i++) {
            if (names[i] == null) {
                continue;
            }
            Path first = named.putIfAbsent(names[i], plans.get(i));
            if (first != null) {
                err.println("wsoa build: " + TerminalText.safe(first.toString()) + " and "
                        + TerminalText.safe(plans.get(i).toString()) + " would both be written as "
                        + TerminalText.safe(output.resolve(names[i]).toString()) + ".*; give each its own output-name in"
                        + " plan.yaml, or build them into different folders; nothing was written");
                clash = true;
            }
        }
        if (clash) {
            return Main.USAGE;
        }
        Templates parsed;
        try {
            // One set of templates for every plan: each is parsed once, for all (FreeMarker's are thread-safe).
            parsed = Templates.create(templates, limits);
        } catch (RenderException e) {
            err.println("wsoa build: " + TerminalText.safe(e.getMessage()));
            return Main.USAGE;
        }
        PlanOutput publishing = new PlanOutput("build", out, err);
        try (OutputDirectory directory = publishing.open(output, waitSeconds)) {
            List<PlanJobs.Job> building = new ArrayList<>();
            for (Path plan : plans) {
                building.add((planOut, planErr) -> {
                    PlanOutput own = new PlanOutput("build", planOut, planErr);
                    Validation validation;
                    try {
                        validation = own.validated(plan, null, holidays,
                                "nothing was written for " + TerminalText.safe(plan.toString()));
                    } catch (PlanOutput.Stopped stopped) {
                        return stopped.exitCode();
                    }
                    Map<String, byte[]> files;
                    try {
                        files = render(plan, editions, parsed, validation);
                    } catch (RenderException e) {
                        planErr.println("wsoa build: " + TerminalText.safe(e.getMessage()));
                        return Main.USAGE;
                    }
                    return own.publish(directory, output, files);
                });
            }
            return PlanJobs.run(building, out, err);
        } catch (OutputBusyException e) {
            err.println("wsoa build: " + TerminalText.safe(e.getMessage()));
            return Main.USAGE;
        } catch (IOException e) {
            err.println("wsoa build: could not write to " + TerminalText.safe(output.toString()) + ": "
                    + TerminalText.safe(IoProblem.describe(e)) + "; nothing was written");
            return Main.USAGE;
        }
    }

    private List<Path> allowedResources(Path plan) {
        List<Path> allowed = new ArrayList<>();
        allowed.add(plan);
        if (templates != null) {
            allowed.add(templates);
        }
        return allowed;
    }
}
