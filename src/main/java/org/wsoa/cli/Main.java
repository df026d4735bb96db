package org.wsoa.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code wsoa} command: one subcommand per job, each delegating to the core. */
@Command(
        name = "wsoa",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Compiles and checks SEND improvement plans (Written Statement of Action, "
                + "Accelerated Progress Plan, Priority Action Plan) kept as YAML files.",
        subcommands = {ValidateCommand.class, BuildCommand.class, ReportCommand.class, ExportCommand.class,
            DeadlineCommand.class, InitCommand.class, RulesCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit code: the command did what was asked and found nothing that fails. */
    public static final int OK = 0;
    /** Exit code: the plan has errors (or warnings, with {@code --strict}). */
    public static final int FINDINGS = 1;
    /** Exit code: the command was used wrongly, or a file could not be read or written. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code, without exiting (for tests). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line, so that tests can redirect its output. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("wsoa: internal error: " + e);
            return USAGE;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
