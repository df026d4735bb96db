package org.wsoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Issue 10, point 5: a clear message every time, and one table of exit codes for every command. */
class MainTest {

    private static final String NL = System.lineSeparator();
    private static final String TABLE = "Exit codes (the same for every command):" + NL
            + "  0   done, and nothing that fails was found" + NL
            + "  1   the plan has findings that fail: errors, or warnings too with --strict;" + NL
            + "        or build --verify found errors in the files it wrote" + NL
            + "  2   usage error, a file that cannot be read or written, or an internal error" + NL;

    @Command(name = "explode")
    static final class Explode implements Callable<Integer> {
        static Throwable failure;

        @Override
        public Integer call() throws Exception {
            if (failure instanceof Error error) {
                throw error;
            }
            throw (Exception) failure;
        }
    }

    private static CliRun explode(Throwable failure, String... options) {
        Explode.failure = failure;
        CommandLine cli = Main.commandLine();
        cli.addSubcommand(new CommandLine(new Explode()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] args = new String[options.length + 1];
        System.arraycopy(options, 0, args, 0, options.length);
        args[options.length] = "explode";
        int exit = Main.execute(cli, args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    @Test
    void runningOutOfMemoryIsOneLineAndExitTwo() {
        CliRun run = explode(new OutOfMemoryError("Java heap space"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("wsoa: out of memory: Java was given "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, too little for this plan; give it more with"
                + " WSOA_JAVA_OPTS=-Xmx1g (or java -Xmx1g -jar)" + NL);
    }

    @Test
    void runningOutOfStackIsOneLineAndExitTwo() {
        CliRun run = explode(new StackOverflowError());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("wsoa: out of stack: something in the input is nested too deeply to process;"
                + " give Java a larger stack with WSOA_JAVA_OPTS=-Xss8m (or java -Xss8m -jar)" + NL);
    }

    @Test
    void anInternalErrorIsOneLineAndExitTwo() {
        CliRun run = explode(new IllegalStateException("no such \u001b[31mthing"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("wsoa: internal error: java.lang.IllegalStateException: no such \\u001B[31mthing"
                + " (run again with --debug for the details, and please report it)" + NL);
    }

    @Test
    void debugAddsTheStackTraceWhereverItIsGiven() {
        CliRun before = explode(new StackOverflowError(), "--debug");
        CliRun internal = explode(new IllegalStateException("broken", new java.io.IOException("cause")), "--debug");

        assertThat(before.exitCode()).isEqualTo(2);
        assertThat(before.err().lines().toList()).hasSizeGreaterThan(2)
                .startsWith("wsoa: out of stack: something in the input is nested too deeply to process; give Java a"
                        + " larger stack with WSOA_JAVA_OPTS=-Xss8m (or java -Xss8m -jar)", "java.lang.StackOverflowError");
        assertThat(before.err()).contains(NL + "\tat org.wsoa.cli.MainTest.debugAddsTheStackTraceWhereverItIsGiven(");
        assertThat(internal.err().lines()).contains("java.lang.IllegalStateException: broken",
                "Caused by: java.io.IOException: cause");
    }

    @Test
    void debugIsAnOptionOfEveryCommand() {
        CliRun run = CliRun.of("deadline", "--debug", "2021-11-05");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("2022-02-16" + NL);
    }

    @Test
    void aNamedCommandIsTheOnlyOneBuiltAndTheSameAsInTheFullCommandLine() {
        CommandLine all = Main.commandLine();
        for (var entry : all.getSubcommands().entrySet()) {
            String name = entry.getKey();
            if (name.equals("help")) {
                assertThat((Object) Main.subcommand(name)).isNull();
                continue;
            }
            CommandLine one = Main.commandLine("--debug", name, "plans/x");
            assertThat(one.getSubcommands()).as(name).containsOnlyKeys(name);
            assertThat((Object) one.getSubcommands().get(name).getCommand()).as(name)
                    .isExactlyInstanceOf(entry.getValue().getCommand().getClass());
            assertThat(one.getSubcommands().get(name).getUsageMessage(CommandLine.Help.Ansi.OFF)).as(name)
                    .isEqualTo(entry.getValue().getUsageMessage(CommandLine.Help.Ansi.OFF));
        }
        assertThat(Main.commandLine("--version").getSubcommands()).isEmpty();
        assertThat(Main.commandLine("-h", "validate").getSubcommands()).hasSameSizeAs(all.getSubcommands());
        assertThat(Main.commandLine().getSubcommands()).hasSameSizeAs(all.getSubcommands());
        assertThat(Main.commandLine("help", "build").getSubcommands()).hasSameSizeAs(all.getSubcommands());
        assertThat(Main.commandLine("valdate").getSubcommands()).hasSameSizeAs(all.getSubcommands());
    }

    @Test
    void aMistypedCommandIsStillAnsweredWithEveryCommandItMightBe() {
        CliRun run = CliRun.of("buld", "plans/x");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Did you mean: wsoa build or wsoa rules?");
    }

    @Test
    void everyCommandListsTheSameExitCodes() {
        CommandLine cli = Main.commandLine();
        assertThat(cli.getUsageMessage(CommandLine.Help.Ansi.OFF)).endsWith(NL + TABLE);
        for (String command : cli.getSubcommands().keySet().stream().filter(name -> !name.equals("help")).toList()) {
            assertThat(cli.getSubcommands().get(command).getUsageMessage(CommandLine.Help.Ansi.OFF))
                    .as(command).endsWith(NL + TABLE);
        }
    }

    @Test
    void theReadmeHasTheSameTable() throws IOException {
        String readme = Files.readString(Path.of("README.md"));

        assertThat(readme).contains("| exit code | meaning |\n|---|---|\n"
                + "| 0 | done, and nothing that fails was found |\n"
                + "| 1 | the plan has findings that fail: errors, or warnings too with --strict; or build --verify found"
                + " errors in the files it wrote |\n"
                + "| 2 | usage error, a file that cannot be read or written, or an internal error |\n");
    }

    @Test
    void aMistypedOptionIsAUsageError() {
        CliRun run = CliRun.of("validate", "--formt", "json", "plans/bcp-wsoa-2021");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Unknown option: '--formt'");
    }

    @Test
    void aPathThatTheLocaleCannotHoldGetsOneLineSayingWhatToDo() {
        WsoaProcess.Result run = new WsoaProcess().env("LC_ALL", "C").env("LANG", "C").run("validate", "plans/café");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errText()).isEqualTo("wsoa: `plans/caf\uFFFD\uFFFD` cannot be read in this machine's character set"
                + " (ANSI_X3.4-1968); run wsoa in a UTF-8 locale, e.g. with LC_ALL=C.UTF-8 (the wsoa launcher script does"
                + " this itself)" + NL);
    }
}
