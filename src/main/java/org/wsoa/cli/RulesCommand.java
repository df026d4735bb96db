package org.wsoa.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.wsoa.diagnostic.Check;
import org.wsoa.diagnostic.Suggestions;
import org.wsoa.report.TerminalText;
import org.wsoa.rules.CheckDocs;
import org.wsoa.rules.CheckRegistry;
import org.wsoa.verify.PublishedFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code wsoa rules [ID]}: every check, or one check explained with an example of a finding and its fix. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"Lists every check that wsoa validate makes, then those of wsoa build --verify: its ID, its"
                + " severity and what it checks.",
            "With an ID, explains that check, with an example of a finding and how to fix it."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.FINDINGS_LINE, ExitCodes.TROUBLE_LINE})
final class RulesCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "A check's ID, e.g. deadline")
    private String id;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Check> checks = new ArrayList<>(CheckRegistry.standard().checks());
        checks.addAll(PublishedFiles.CHECKS);
        List<String> ids = checks.stream().map(Check::id).toList();
        if (id == null) {
            int width = ids.stream().mapToInt(String::length).max().orElse(0);
            for (Check check : checks) {
                out.println(pad(check.id(), width) + "  " + pad(check.severity().code(), 7) + "  " + check.summary());
            }
            out.println();
            out.println("wsoa rules ID explains one check; docs/rules.md explains them all.");
            out.flush();
            return Main.OK;
        }
        Check check = checks.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
        if (check == null) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("wsoa rules: there is no check `" + TerminalText.safe(id) + "`"
                    + Suggestions.didYouMean(id, ids));
            err.println("`wsoa rules` lists every check.");
            return Main.USAGE;
        }
        out.println(check.id() + " (" + check.severity().code() + "): " + check.summary());
        out.println(check.lockedBecause() == null
                ? "It can be switched off, or one finding accepted, under `validation:` in plan.yaml."
                : "It cannot be switched off, nor a finding accepted: " + check.lockedBecause() + ".");
        out.println();
        out.println(CheckDocs.explanation(check.id()));
        out.flush();
        return Main.OK;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
