package org.wsoa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.wsoa.calendar.GovUkHolidays;
import org.wsoa.load.PlanLoader;
import org.wsoa.load.PlanNotFoundException;
import org.wsoa.model.Dated;
import org.wsoa.model.OutputName;
import org.wsoa.model.Plan;
import org.wsoa.publish.OutputBusyException;
import org.wsoa.publish.OutputDirectory;
import org.wsoa.report.TerminalText;
import org.wsoa.report.TextReport;
import org.wsoa.resolve.ResolvedPlan;
import org.wsoa.rules.CheckRegistry;
import org.wsoa.rules.Validation;
import org.wsoa.rules.Validator;

/**
 * What the commands that write files from a plan ({@code build}, {@code report}, {@code export})
 * do alike: validate the plan first, and write nothing if it has errors; then put the files into
 * OUT together or not at all, one command at a time.
 */
final class PlanOutput {

    /** The command stopped, having said why; its exit code. */
    static final class Stopped extends Exception {
        private static final long serialVersionUID = 1L;
        private final int exitCode;

        Stopped(int exitCode) {
            super(null, null, false, false);
            this.exitCode = exitCode;
        }

        int exitCode() {
            return exitCode;
        }
    }

    private final String command;
    private final PrintWriter out;
    private final PrintWriter err;

    /** @param command the command's name as messages start with it, e.g. {@code build} */
    PlanOutput(String command, PrintWriter out, PrintWriter err) {
        this.command = command;
        this.out = out;
        this.err = err;
    }

    /**
     * The plan validated as at {@code asOf} (null: its latest progress file); stops, with the
     * findings and {@code nothingWritten} printed, if it has errors.
     */
    Validation validated(Path plan, LocalDate asOf, HolidaysOption holidays, String nothingWritten) throws Stopped {
        Validation validation;
        try {
            validation = new Validator(CheckRegistry.standard(), holidays.calendar()).validate(PlanLoader.load(plan), asOf);
        } catch (PlanNotFoundException e) {
            err.println("wsoa: " + TerminalText.safe(e.getMessage()));
            throw new Stopped(Main.USAGE);
        } catch (GovUkHolidays.HolidayFileException e) {
            err.println("wsoa " + command + ": --holidays: " + TerminalText.safe(e.getMessage()));
            throw new Stopped(Main.USAGE);
        }
        if (validation.errors() > 0) {
            new TextReport(Terminal.colour()).write(List.of(validation), List.of(), false, err);
            err.println("wsoa " + command + ": the plan has errors, so " + nothingWritten);
            err.flush();
            throw new Stopped(Main.FINDINGS);
        }
        return validation;
    }

    /** Checks {@code --wait}: how long to wait for another command writing to OUT. */
    void checkWait(int waitSeconds) throws Stopped {
        if (waitSeconds < 0 || waitSeconds > 3600) {
            err.println("wsoa " + command + ": --wait must be between 0 and 3600 seconds (not " + waitSeconds + ")");
            throw new Stopped(Main.USAGE);
        }
    }

    /** Checks {@code --name}, when given: the name of the files written. */
    void checkName(String name) throws Stopped {
        if (name != null && !OutputName.isWellFormed(name)) {
            err.println("wsoa " + command + ": --name must be " + OutputName.RULE + " (not `"
                    + TerminalText.safe(name) + "`)");
            throw new Stopped(Main.USAGE);
        }
    }

    /**
     * The name the files take: {@code --name}, else the plan's {@code output-name}, else the name made
     * from its area, kind and year; never the folder's, which is often just {@code plan}.
     */
    static String fileName(String nameOption, ResolvedPlan resolved) {
        if (nameOption != null) {
            return nameOption;
        }
        Plan plan = resolved.plan();
        if (plan.outputName() != null && !plan.outputName().isBlank()) {
            return plan.outputName().value().strip();
        }
        Dated received = resolved.reportReceived();
        return OutputName.made(plan.area() == null ? null : plan.area().value(), plan.kind(),
                received == null ? null : received.date());
    }

    /** Moves {@code files} (by name) into {@code output} together, and says which it wrote. */
    int publish(Path output, int waitSeconds, Map<String, byte[]> files) {
        try (OutputDirectory directory = open(output, waitSeconds)) {
            return publish(directory, output, files);
        } catch (OutputBusyException e) {
            err.println("wsoa " + command + ": " + TerminalText.safe(e.getMessage()));
            return Main.USAGE;
        } catch (IOException e) {
            err.println("wsoa " + command + ": could not write to " + TerminalText.safe(output.toString()) + ": "
                    + TerminalText.safe(IoProblem.describe(e)) + "; the files there are as they were");
            return Main.USAGE;
        }
    }

    /** Opens {@code output} for this command, waiting up to {@code waitSeconds} for another writing to it. */
    OutputDirectory open(Path output, int waitSeconds) throws IOException, OutputBusyException {
        return OutputDirectory.open(output, Duration.ofSeconds(waitSeconds),
                () -> err.println("wsoa " + command + ": another build is writing to "
                        + TerminalText.safe(output.toString()) + "; waiting up to " + waitSeconds
                        + " seconds for it to finish"));
    }

    /**
     * Moves {@code files} into {@code directory} (opened on {@code output}) together, and says which
     * it wrote; one plan's files at a time, when several plans are built into one directory.
     */
    int publish(OutputDirectory directory, Path output, Map<String, byte[]> files) {
        List<Path> written;
        try {
            synchronized (directory) {
                written = directory.publish(files);
            }
        } catch (IOException e) {
            err.println("wsoa " + command + ": could not write to " + TerminalText.safe(output.toString()) + ": "
                    + TerminalText.safe(IoProblem.describe(e)) + "; the files there are as they were");
            return Main.USAGE;
        }
        written.forEach(file -> out.println("Wrote " + TerminalText.safe(output.resolve(file.getFileName()).toString())));
        out.flush();
        return Main.OK;
    }
}
