package org.wsoa.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code wsoa validate} in its everyday forms ({@code validate [--strict] [--files] [--debug]
 * [--format F] [--as-of D] [--base DIR] [--holidays FILE] PLAN...}, options as {@code --name value}
 * or {@code --name=value}, each once) run without picocli. Building picocli's model of the commands
 * by reflection took a sixth of a validate of the largest example plan (docs/performance.md), to read
 * a few arguments. Anything else (help, a mistake, {@code --}, an {@code @file}, a value that starts
 * with {@code -}, an option given twice) is left to picocli, so that every message is picocli's. So is
 * a run that throws: its output is held back, and picocli runs it again and reports the failure as
 * it always does. {@code QuickValidateTest} compares the two ways.
 */
final class QuickValidate {

    private QuickValidate() {
    }

    /**
     * Runs {@code args} and gives the exit code, having printed what validate prints to {@code out}
     * and {@code err}; null, having printed nothing, when picocli is to run them.
     */
    static Integer run(String[] args, PrintWriter out, PrintWriter err) {
        ValidateCommand command = parse(args);
        if (command == null) {
            return null;
        }
        StringWriter heldOut = new StringWriter();
        StringWriter heldErr = new StringWriter();
        int exitCode;
        try {
            PrintWriter commandOut = new PrintWriter(heldOut);
            PrintWriter commandErr = new PrintWriter(heldErr);
            exitCode = command.run(commandOut, commandErr);
            commandOut.flush();
            commandErr.flush();
        } catch (RuntimeException | Error e) {
            return null;
        }
        // validate writes its messages about plans it cannot open before the report
        err.print(heldErr);
        err.flush();
        out.print(heldOut);
        out.flush();
        return exitCode;
    }

    /** The command these arguments set up, or null when they are not one of the forms read here. */
    static ValidateCommand parse(String[] args) {
        if (args.length < 2 || !args[0].equals("validate")) {
            return null;
        }
        List<Path> plans = new ArrayList<>();
        boolean files = false;
        boolean strict = false;
        boolean debug = false;
        String format = null;
        String asOf = null;
        String base = null;
        String holidays = null;
        try {
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                if (arg.isEmpty() || arg.startsWith("@")) {
                    return null;
                }
                if (!arg.startsWith("-")) {
                    plans.add(Path.of(arg));
                    continue;
                }
                switch (arg) {
                    case "--strict" -> {
                        if (strict) {
                            return null;
                        }
                        strict = true;
                        continue;
                    }
                    case "--files" -> {
                        if (files) {
                            return null;
                        }
                        files = true;
                        continue;
                    }
                    case "--debug" -> {
                        if (debug) {
                            return null;
                        }
                        debug = true; // matters only for a failure, which picocli reports
                        continue;
                    }
                    default -> {
                        // an option with a value, below
                    }
                }
                int equals = arg.indexOf('=');
                String name = equals < 0 ? arg : arg.substring(0, equals);
                String value;
                if (equals >= 0) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    return null;
                }
                if (value.isEmpty() || value.startsWith("-") || value.startsWith("@")) {
                    return null;
                }
                switch (name) {
                    case "--format" -> {
                        if (format != null) {
                            return null;
                        }
                        format = value;
                    }
                    case "--as-of" -> {
                        if (asOf != null) {
                            return null;
                        }
                        asOf = value;
                    }
                    case "--base" -> {
                        if (base != null) {
                            return null;
                        }
                        base = value;
                    }
                    case "--holidays" -> {
                        if (holidays != null) {
                            return null;
                        }
                        holidays = value;
                    }
                    default -> {
                        return null;
                    }
                }
            }
            if (plans.isEmpty()) {
                return null;
            }
            return ValidateCommand.of(plans, files, format == null ? "text" : format, strict, asOf,
                    base == null ? null : Path.of(base), holidays == null ? null : Path.of(holidays));
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
