package org.wsoa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.wsoa.calendar.GovUkHolidays;
import org.wsoa.preview.Preview;
import org.wsoa.preview.PreviewPage;
import org.wsoa.render.RenderException;
import org.wsoa.report.TerminalText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wsoa preview PLAN}: serves the plan's page locally and rebuilds it as the files are saved. */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = {"Serves the plan's published page at http://127.0.0.1:PORT/ (this computer only), builds it"
                + " again whenever a plan file or template is saved, and reloads the open page by itself. While the"
                + " plan has errors, the page lists them in its place.",
            "Runs until stopped with Ctrl-C. It exits with 2 when there is no plan directory, the port is in use,"
                + " or the templates cannot be read."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.FINDINGS_LINE, ExitCodes.TROUBLE_LINE})
final class PreviewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan directory")
    private Path plan;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8070",
            description = "The port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 for any free port)")
    private int port;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "A directory of templates that replace the built-in ones of the same name (watched too)")
    private Path templates;

    @Option(names = TemplateLimitOption.NAME, paramLabel = "KEY=VALUE",
            description = "Sets a limit of the templates' sandbox, as for build: time=SECONDS per page (default 60),"
                    + " output=CHARACTERS per page (default 32000000), depth=LEVELS of nesting (default 200)")
    private Map<String, String> templateLimits = new LinkedHashMap<>();

    @CommandLine.Mixin
    private HolidaysOption holidays;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("wsoa preview: --port must be from 0 to 65535 (not " + port + ")");
            return Main.USAGE;
        }
        if (!Files.isDirectory(plan)) {
            err.println("wsoa: " + TerminalText.safe(Files.exists(plan) ? plan + " is a file, not a plan directory"
                    : "no plan directory at " + plan));
            return Main.USAGE;
        }
        Preview preview;
        try {
            Preview.Settings settings = new Preview.Settings(plan, templates, TemplateLimitOption.read(templateLimits),
                    port, holidays.calendar(), System.getenv("SOURCE_DATE_EPOCH"));
            preview = Preview.start(settings, (page, changed, millis, republished) -> {
                out.println(TerminalText.safe(describe(page, changed, millis, republished)));
                out.flush();
            });
        } catch (TemplateLimitOption.BadLimitException e) {
            err.println("wsoa preview: " + TerminalText.safe(e.getMessage()));
            return Main.USAGE;
        } catch (GovUkHolidays.HolidayFileException e) {
            err.println("wsoa preview: --holidays: " + TerminalText.safe(e.getMessage()));
            return Main.USAGE;
        } catch (BindException e) {
            // "Address already in use" is the common case; a port below 1024 without the right is the other.
            String why = e.getMessage() != null && e.getMessage().contains("in use") ? "is in use"
                    : "cannot be used (" + e.getMessage() + ")";
            err.println("wsoa preview: port " + port + " " + why + "; choose another with --port (0 takes any free port)");
            return Main.USAGE;
        } catch (RenderException e) {
            err.println("wsoa preview: " + TerminalText.safe(e.getMessage()));
            return Main.USAGE;
        } catch (IOException e) {
            err.println("wsoa preview: cannot serve or watch " + TerminalText.safe(plan + ": " + e.getMessage()));
            return Main.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            preview.close();
            out.println("Stopped.");
            out.flush();
            stopped.countDown();
        }, "wsoa-preview-stop"));
        out.println("Serving " + TerminalText.safe(plan.toString()) + " at " + preview.address());
        out.println("Open that address in a browser: the page reloads itself when a plan file or template is saved."
                + " Press Ctrl-C to stop.");
        out.flush();
        stopped.await();
        return Main.OK;
    }

    /** "Built in 412 ms: no errors, 2 warnings." and, after a save, which file changed. */
    private String describe(PreviewPage page, Set<Path> changed, long millis, boolean republished) {
        String line = changed.isEmpty() ? "Built in " + millis + " ms"
                : name(changed) + (changed.size() > 1 ? " and " + (changed.size() - 1) + " more" : "")
                        + " changed: built in " + millis + " ms";
        line += ": " + page.summary();
        if (!page.showsPlan()) {
            line += "; the page lists what to fix";
        }
        if (!changed.isEmpty() && !republished) {
            line += " (the page is unchanged)";
        }
        return line + ".";
    }

    /** The file to name for a batch of changes: one still there, rather than an editor's temporary file. */
    private String name(Set<Path> changed) {
        Path named = changed.stream().filter(Files::isRegularFile).findFirst().orElse(changed.iterator().next());
        Path base = plan.toAbsolutePath().normalize();
        return named.startsWith(base) ? base.relativize(named).toString() : named.toString();
    }
}
