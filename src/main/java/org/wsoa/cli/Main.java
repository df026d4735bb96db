package org.wsoa.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.wsoa.report.TerminalText;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code wsoa} command: one subcommand per job, each delegating to the core. The command itself
 * (name, options, help) is {@link Wsoa}; this class adds the subcommands, all of them for help,
 * completion and man pages, or at start-up only the one the arguments name (see
 * {@link #commandLine(String...)}).
 */
@Command(
        subcommands = {ValidateCommand.class, BuildCommand.class, ReportCommand.class, CloseCommand.class, ExportCommand.class,
            PreviewCommand.class, DiffCommand.class, DeadlineCommand.class, InitCommand.class, RulesCommand.class,
            CommandLine.HelpCommand.class})
public final class Main extends Wsoa {

    /** Exit code: the command did what was asked and found nothing that fails. */
    public static final int OK = ExitCodes.OK;
    /** Exit code: the plan has errors (or warnings, with {@code --strict}). */
    public static final int FINDINGS = ExitCodes.FINDINGS;
    /** Exit code: the command was used wrongly, a file could not be read or written, or wsoa failed. */
    public static final int USAGE = ExitCodes.TROUBLE;

    public static void main(String[] args) {
        // A command-line tool: never a window, whatever DISPLAY says.
        System.setProperty("java.awt.headless", "true");
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // What picocli would print, without building its model: the most common start of all
            // (scripts and editors ask it), and the measure of wsoa's start-up (docs/performance.md).
            PrintWriter out = utf8(FileDescriptor.out);
            for (String line : new VersionProvider().getVersion()) {
                out.println(line);
            }
            out.flush();
            System.exit(OK);
        }
        // UTF-8 whatever the console's charset, so that the reports are the same bytes on every
        // machine and JSON and XML stay valid under LANG=C.
        PrintWriter out = utf8(FileDescriptor.out);
        PrintWriter err = utf8(FileDescriptor.err);
        String unreadable = unreadableArgument(args, System.getProperty("sun.jnu.encoding", "UTF-8"));
        if (unreadable == null) {
            // The most common run of all, without building picocli's model (docs/performance.md).
            Integer quick = QuickValidate.run(args, out, err);
            if (quick != null) {
                System.exit(quick);
            }
        }
        CommandLine cli = commandLine(args);
        cli.setOut(out);
        cli.setErr(err);
        int exitCode = unreadable == null ? execute(cli, args) : unreadable(cli, unreadable);
        cli.getOut().flush();
        cli.getErr().flush();
        System.exit(exitCode);
    }

    /**
     * An argument that Java could not decode in the locale's character set (it holds U+FFFD),
     * or null: under LANG=C Java reads file names as ASCII and cannot open a path that is not.
     */
    static String unreadableArgument(String[] args, String fileNameCharset) {
        if (fileNameCharset.equalsIgnoreCase("UTF-8")) {
            return null;
        }
        for (String arg : args) {
            if (arg.indexOf('\uFFFD') >= 0) {
                return arg;
            }
        }
        return null;
    }

    private static int unreadable(CommandLine cli, String arg) {
        cli.getErr().println("wsoa: `" + TerminalText.safe(arg) + "` cannot be read in this machine's character set ("
                + System.getProperty("sun.jnu.encoding") + "); run wsoa in a UTF-8 locale, e.g. with LC_ALL=C.UTF-8"
                + " (the wsoa launcher script does this itself)");
        return USAGE;
    }

    /** Runs the command line and returns the exit code, without exiting (for tests). */
    public static int run(String... args) {
        return execute(commandLine(), args);
    }

    /**
     * Runs a configured command line. Whatever happens, the user gets one line and an exit code
     * from the table in {@link ExitCodes}: running out of memory or stack is reported, not thrown.
     */
    public static int execute(CommandLine cli, String... args) {
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            return Failures.report(cli, cli.getParseResult(), e, "wsoa: out of memory: Java was given " + megabytes(Runtime.getRuntime().maxMemory())
                    + " MB, too little for this plan; give it more with WSOA_JAVA_OPTS=-Xmx1g (or java -Xmx1g -jar)");
        } catch (StackOverflowError e) {
            return Failures.report(cli, cli.getParseResult(), e, "wsoa: out of stack: something in the input is nested too deeply to"
                    + " process; give Java a larger stack with WSOA_JAVA_OPTS=-Xss8m (or java -Xss8m -jar)");
        }
    }

    /** The configured command line with every subcommand, so that tests can redirect its output. */
    public static CommandLine commandLine() {
        return configured(new CommandLine(new Main()));
    }

    /**
     * The configured command line for these arguments: when they name a subcommand, only that one
     * is registered. picocli reads every registered command's annotations by reflection, and its
     * classes cannot be kept in the class-data archive, so building all eleven commands took most
     * of a start (about 0.25 s of processor time): {@code validate} needs none of the others, and
     * {@code --version} none at all. Anything else (help, no command, a mistyped one that picocli
     * answers with "did you mean") gets them all, so every message is the same as with
     * {@link #commandLine()}.
     */
    public static CommandLine commandLine(String... args) {
        String name = null;
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help") || arg.equals("--")) {
                return commandLine();
            } else if (!arg.startsWith("-")) {
                name = arg;
                break;
            }
        }
        if (name == null) {
            // --version, an option picocli rejects, or nothing, which prints the usage with every command
            return args.length == 0 ? commandLine() : configured(new CommandLine(new Wsoa()));
        }
        Object subcommand = subcommand(name);
        if (subcommand == null) {
            return commandLine();
        }
        CommandLine cli = new CommandLine(new Wsoa());
        cli.addSubcommand(subcommand);
        return configured(cli);
    }

    /** A new instance of the subcommand called {@code name}, or null for help or a name that is none. */
    static Object subcommand(String name) {
        switch (name) {
            case "validate": return new ValidateCommand();
            case "build": return new BuildCommand();
            case "report": return new ReportCommand();
            case "close": return new CloseCommand();
            case "export": return new ExportCommand();
            case "preview": return new PreviewCommand();
            case "diff": return new DiffCommand();
            case "deadline": return new DeadlineCommand();
            case "init": return new InitCommand();
            case "rules": return new RulesCommand();
            default: return null;
        }
    }

    private static CommandLine configured(CommandLine cli) {
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> Failures.report(commandLine, parsed, e,
                "wsoa: internal error: " + TerminalText.safe(e.toString()) + " (run again with --debug for the details, and please report it)"));
        return cli;
    }

    private static PrintWriter utf8(FileDescriptor descriptor) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(descriptor), StandardCharsets.UTF_8), true);
    }

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }
}
