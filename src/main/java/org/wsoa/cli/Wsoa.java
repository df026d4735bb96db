package org.wsoa.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code wsoa} command without its subcommands: its name, options and help. {@link Main} adds
 * the subcommands, all or, at start-up, only the one that runs.
 */
@Command(
        name = "wsoa",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Compiles and checks SEND improvement plans (Written Statement of Action, "
                + "Accelerated Progress Plan, Priority Action Plan) kept as YAML files.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.FINDINGS_LINE, ExitCodes.TROUBLE_LINE})
class Wsoa implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "On an internal error, print the Java stack trace too")
    private boolean debug;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
