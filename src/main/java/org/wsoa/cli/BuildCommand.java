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
import org.wsoa.render.Publication;
import org.wsoa.render.RenderException;
import org.wsoa.render.TemplateLimits;
import org.wsoa.render.Templates;
import org.wsoa.report.TerminalText;
import org.wsoa.rules.Validation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wsoa build PLAN}: validates the plan, then writes the editions asked for. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Validates a plan and, if it has no errors, writes it for publication as OUT/<name>.html and"
                + " OUT/<name>.pdf, <name> being the plan's output-name or <area>-<kind>-<year>.",
            "The files of one build replace the previous ones together, or not at all; one build at a time"
                + " writes to OUT."},
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
        PlanOutput publishing = new PlanOutput("build", out, err);
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
        try {
            Publication publication = new Publication(Templates.create(templates, limits), allowedResources(),
                    System.getenv("SOURCE_DATE_EPOCH"));
            files = Editions.render(editions, fileName, validation.resolved(), publication);
        } catch (RenderException e) {
            err.println("wsoa build: " + TerminalText.safe(e.getMessage()));
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
