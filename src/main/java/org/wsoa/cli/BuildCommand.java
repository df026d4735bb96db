package org.wsoa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.wsoa.load.PlanLoader;
import org.wsoa.load.PlanNotFoundException;
import org.wsoa.render.HtmlRenderer;
import org.wsoa.render.BuildDate;
import org.wsoa.render.OutputFiles;
import org.wsoa.render.PdfRenderer;
import org.wsoa.render.RenderException;
import org.wsoa.render.Templates;
import org.wsoa.report.TextReport;
import org.wsoa.rules.Validation;
import org.wsoa.rules.Validator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wsoa build PLAN}: validates the plan, then writes it as an accessible HTML page. */
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
            description = "html, pdf or both (default: ${DEFAULT-VALUE})")
    private String format;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!List.of("html", "pdf", "both").contains(format)) {
            err.println("wsoa build: --format must be one of: html, pdf, both (not `" + format + "`)");
            return Main.USAGE;
        }
        Validation validation;
        try {
            validation = Validator.standard().validate(PlanLoader.load(plan));
        } catch (PlanNotFoundException e) {
            err.println("wsoa: " + e.getMessage());
            return Main.USAGE;
        }
        if (validation.errors() > 0) {
            new TextReport(Terminal.colour()).write(List.of(validation), List.of(), false, err);
            err.println("wsoa build: the plan has errors, so nothing was written");
            err.flush();
            return Main.FINDINGS;
        }
        String name = plan.toAbsolutePath().normalize().getFileName().toString();
        Path html = output.resolve(name + ".html");
        Path pdf = output.resolve(name + ".pdf");
        List<Path> written = new ArrayList<>();
        try {
            HtmlRenderer renderer = new HtmlRenderer(Templates.create(templates));
            // Both files are made before either is written, so that a failure leaves neither.
            byte[] page = format.equals("pdf") ? null : renderer.render(validation.plan()).getBytes(StandardCharsets.UTF_8);
            byte[] document = format.equals("html") ? null
                    : new PdfRenderer(renderer, allowedResources()).render(validation.plan(),
                            BuildDate.of(validation.plan(), System.getenv("SOURCE_DATE_EPOCH")));
            if (page != null) {
                OutputFiles.write(html, page);
                written.add(html);
            }
            if (document != null) {
                OutputFiles.write(pdf, document);
                written.add(pdf);
            }
        } catch (RenderException e) {
            err.println("wsoa build: " + e.getMessage());
            return Main.USAGE;
        } catch (IOException e) {
            err.println("wsoa build: could not write to " + output + ": " + e.getMessage());
            return Main.USAGE;
        }
        written.forEach(file -> out.println("Wrote " + file));
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
