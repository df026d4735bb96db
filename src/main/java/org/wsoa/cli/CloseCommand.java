package org.wsoa.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wsoa.render.Edition;
import org.wsoa.render.Editions;
import org.wsoa.render.Publication;
import org.wsoa.render.RenderException;
import org.wsoa.render.TemplateLimits;
import org.wsoa.render.Templates;
import org.wsoa.report.TerminalText;
import org.wsoa.resolve.PlanClosure;
import org.wsoa.resolve.ResolvedPlan;
import org.wsoa.rules.Validation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code wsoa close PLAN}: validates a plan that has closed (it has closure.yaml), then writes its
 * closure report; {@code --start} writes a first closure.yaml instead ({@link ClosureStartRun}).
 */
@Command(name = "close", mixinStandardHelpOptions = true,
        description = {"Writes the closure report of a plan that has ended, from its closure.yaml: what it achieved,"
                + " its KPIs against their targets, the benefits and the learning, and where each outstanding action"
                + " goes and who owns it: OUT/<name>-closure-<date>.html and .pdf, named as build names the plan.",
            "The plan is validated first; a plan with errors gives no report. With --start, writes a first"
                + " closure.yaml into PLAN instead, with a block for every action not complete."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.FINDINGS_LINE, ExitCodes.TROUBLE_LINE})
final class CloseCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan directory")
    private Path plan;

    @Option(names = "--start", description = "Write a first closure.yaml into PLAN, which must not have one yet,"
            + " listing every action not complete as at its latest progress file")
    private boolean start;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", defaultValue = "out",
            description = "Where to write the files (default: ${DEFAULT-VALUE})")
    private Path output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "both", completionCandidates = FormatNames.class,
            description = "html, pdf or both (default: ${DEFAULT-VALUE})")
    private String format;

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

    /** The closure report's formats, for the completion script to offer after --format. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            List<String> names = new ArrayList<>(Editions.closureNames());
            names.add(Editions.BOTH);
            return names.iterator();
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (start) {
            return new ClosureStartRun(out, err, holidays).run(plan);
        }
        List<Edition> editions = Editions.selectClosure(format);
        if (editions == null) {
            err.println("wsoa close: --format must be one of: " + String.join(", ", Editions.closureNames()) + ", "
                    + Editions.BOTH + " (not `" + TerminalText.safe(format) + "`)");
            return Main.USAGE;
        }
        if (Files.isDirectory(plan) && !Files.exists(plan.resolve("closure.yaml"))) {
            err.println("wsoa close: " + TerminalText.safe(plan.toString()) + " has no closure.yaml, so it has not"
                    + " closed; write one (see docs/plan-format.md), or start one with: wsoa close --start "
                    + TerminalText.safe(plan.toString()));
            return Main.USAGE;
        }
        PlanOutput publishing = new PlanOutput("close", out, err);
        Validation validation;
        TemplateLimits limits;
        try {
            publishing.checkWait(waitSeconds);
            limits = TemplateLimitOption.read(templateLimits);
            validation = publishing.validated(plan, null, holidays, "no closure report was written");
        } catch (TemplateLimitOption.BadLimitException e) {
            err.println("wsoa close: " + TerminalText.safe(e.getMessage()));
            return Main.USAGE;
        } catch (PlanOutput.Stopped stopped) {
            return stopped.exitCode();
        }
        ResolvedPlan resolved = validation.resolved();
        PlanClosure closure = resolved.closure();
        if (closure == null || closure.closedOn() == null) {
            // closure.yaml that is empty, or whose date is still a placeholder in a draft.
            err.println("wsoa close: " + TerminalText.safe(plan.resolve("closure.yaml").toString()) + " does not"
                    + " give the day the plan closed (`date:`), which the report is dated; no closure report was"
                    + " written");
            return Main.USAGE;
        }
        String fileName = PlanOutput.fileName(name.value(), resolved) + "-closure-" + closure.closedOn();
        Map<String, byte[]> files;
        try {
            Publication publication = new Publication(Templates.create(templates, limits), allowedResources(),
                    System.getenv("SOURCE_DATE_EPOCH"));
            files = Editions.render(editions, fileName, resolved, publication);
        } catch (RenderException e) {
            err.println("wsoa close: " + TerminalText.safe(e.getMessage()));
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
