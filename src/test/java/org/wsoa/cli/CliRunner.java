package org.wsoa.cli;

/** Runs the wsoa command line in-process, for tests outside the cli package. */
public final class CliRunner {

    /** What a run printed and returned. */
    public record Result(int exitCode, String out, String err) {
    }

    private CliRunner() {
    }

    public static Result run(String... args) {
        CliRun run = CliRun.of(args);
        return new Result(run.exitCode(), run.out(), run.err());
    }
}
