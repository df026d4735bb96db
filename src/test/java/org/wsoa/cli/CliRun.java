package org.wsoa.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * Runs the wsoa command line in-process and keeps what it printed, built as {@code wsoa} builds it
 * (only the subcommand the arguments name).
 */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(args);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = Main.execute(cli, args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
