package org.wsoa.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.load.LoadResult;
import org.wsoa.load.PlanLoader;
import org.wsoa.load.PlanNotFoundException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code wsoa validate PLAN...}: checks plans and reports every finding with its location. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks one or more plan directories and reports every problem as path:line:col.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors", "1:a plan has errors", "2:usage error, or a plan could not be read"})
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PLAN", description = "Plan directories, e.g. plans/*")
    private List<Path> plans;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int exit = Main.OK;
        for (Path dir : plans) {
            LoadResult result;
            try {
                result = PlanLoader.load(dir);
            } catch (PlanNotFoundException e) {
                err.println("wsoa: " + e.getMessage());
                exit = Main.USAGE;
                continue;
            }
            int errors = 0;
            int warnings = 0;
            for (Diagnostic diagnostic : result.diagnostics()) {
                out.println(diagnostic);
                if (diagnostic.hint() != null) {
                    out.println("    hint: " + diagnostic.hint());
                }
                if (diagnostic.isError()) {
                    errors++;
                } else {
                    warnings++;
                }
            }
            out.println(dir + ": " + count(errors, "error") + ", " + count(warnings, "warning") + " in "
                    + count(result.plan() == null ? 0 : result.plan().files().size(), "file"));
            if (errors > 0 && exit == Main.OK) {
                exit = Main.FINDINGS;
            }
        }
        out.flush();
        return exit;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
