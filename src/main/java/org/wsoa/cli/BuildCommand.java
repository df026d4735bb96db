package org.wsoa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
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
import org.wsoa.render.Templates;
import org.wsoa.report.TextReport;
import org.wsoa.rules.CheckRegistry;
import org.wsoa.rules.Validation;
import org.wsoa.rules.Validator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wsoa build PLAN}: validates the plan, then writes the editions asked for. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Validates a plan and, if it has no errors, writes it for publication as OUT/<plan>.html and"
                + " OUT/<plan>.pdf.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the plan was written", "1:the plan has errors (nothing is written)",
            "2:usage error, or a file could not be read or written"})
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
                    + Editions.BOTH + " (not `" + format + "`)");
            return Main.USAGE;
        }
        Validation validation;
        try {
            validation = new Validator(CheckRegistry.standard(), holidays.calendar()).validate(PlanLoader.load(plan));
        } catch (PlanNotFoundException e) {
            err.println("wsoa: " + e.getMessage());
            return Main.USAGE;
        } catch (GovUkHolidays.HolidayFileException e) {
            err.println("wsoa build: --holidays: " + e.getMessage());
            return Main.USAGE;
        }
        if (validation.errors() > 0) {
            new TextReport(Terminal.colour()).write(List.of(validation), List.of(), false, err);
            err.println("wsoa build: the plan has errors, so nothing was written");
            err.flush();
            return Main.FINDINGS;
        }
        String name = plan.toAbsolutePath().normalize().getFileName().toString();
        Map<Path, byte[]> files = new LinkedHashMap<>();
        try {
            Publication publication = new Publication(Templates.create(templates), allowedResources(),
                    System.getenv("SOURCE_DATE_EPOCH"));
            // Every edition is made before any is written, so that a failure leaves none.
            for (Edition edition : editions) {
                files.put(output.resolve(name + "." + edition.extension()),
                        edition.render(validation.resolved(), publication));
            }
            for (Map.Entry<Path, byte[]> file : files.entrySet()) {
                OutputFiles.write(file.getKey(), file.getValue());
            }
        } catch (RenderException e) {
            err.println("wsoa build: " + e.getMessage());
            return Main.USAGE;
        } catch (IOException e) {
            err.println("wsoa build: could not write to " + output + ": " + e.getMessage());
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
