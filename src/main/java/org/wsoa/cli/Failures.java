package org.wsoa.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Reports what stopped a command that the command itself could not report: one line, and the
 * Java stack trace only when {@code --debug} was given.
 */
final class Failures {

    private Failures() {
    }

    /**
     * Prints {@code line}, and the stack trace of {@code failure} if --debug is among the
     * arguments parsed; returns exit code 2.
     */
    static int report(CommandLine cli, ParseResult parsed, Throwable failure, String line) {
        PrintWriter err = cli.getErr();
        err.println(line);
        if (debugAsked(parsed)) {
            trace(failure, err);
        }
        err.flush();
        return ExitCodes.TROUBLE;
    }

    private static boolean debugAsked(ParseResult result) {
        for (ParseResult part = result; part != null; part = part.subcommand()) {
            if (part.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    /** The stack trace as Java prints it, with causes; written out here so that it goes to wsoa's own error stream. */
    private static void trace(Throwable failure, PrintWriter err) {
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        String caption = "";
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            err.println(caption + t);
            for (StackTraceElement frame : t.getStackTrace()) {
                err.println("\tat " + frame);
            }
            caption = "Caused by: ";
        }
    }
}
