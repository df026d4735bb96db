package org.wsoa.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.wsoa.calendar.Deadline;
import org.wsoa.calendar.GovUkHolidays;
import org.wsoa.calendar.OutsideKnownYearsException;
import org.wsoa.model.DeadlineRule;
import org.wsoa.report.TerminalText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wsoa deadline RECEIVED}: the date a statement is due, and how it was counted. */
@Command(name = "deadline", mixinStandardHelpOptions = true,
        description = {"Prints the date a statement is due: by default 70 working days after the report was"
                + " received, not counting that day, weekends or England and Wales bank holidays.",
            "This is the rule of the 2015 regulations for a Written Statement of Action; no source sets one for"
                    + " the 2023 framework's plans, whose date is agreed.",
            "The first line is the date alone (YYYY-MM-DD), for scripts; the second says how it was counted."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.FINDINGS_LINE, ExitCodes.TROUBLE_LINE})
final class DeadlineCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RECEIVED", description = "The day the report was received, YYYY-MM-DD")
    private String received;

    @Option(names = "--days", paramLabel = "N", description = "How many days to count (default: ${DEFAULT-VALUE})")
    private int days = DeadlineRule.STATUTORY_DAYS;

    @Option(names = "--calendar-days", description = "Count calendar days, as some older plans did")
    private boolean calendarDays;

    @CommandLine.Mixin
    private HolidaysOption holidays;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (days < 1 || days > DeadlineRule.MAX_DAYS) {
            err.println("wsoa deadline: --days must be between 1 and " + DeadlineRule.MAX_DAYS + " (not " + days + ")");
            return Main.USAGE;
        }
        try {
            LocalDate from = CliDates.parse(received);
            Deadline deadline = calendarDays ? Deadline.calendarDays(from, days)
                    : Deadline.workingDays(from, days, holidays.calendar());
            out.println(deadline.due());
            out.println(deadline.explanation());
            if (deadline.estimateCaution() != null) {
                err.println("wsoa deadline: warning: " + deadline.estimateCaution()
                        + "; give GOV.UK's list with --holidays when it has them");
            }
            return Main.OK;
        } catch (CliDates.BadDateException e) {
            err.println("wsoa deadline: RECEIVED " + TerminalText.safe(e.getMessage()));
            return Main.USAGE;
        } catch (OutsideKnownYearsException e) {
            err.println("wsoa deadline: " + TerminalText.safe(e.getMessage()));
            return Main.USAGE;
        } catch (GovUkHolidays.HolidayFileException e) {
            err.println("wsoa deadline: --holidays: " + TerminalText.safe(e.getMessage()));
            return Main.USAGE;
        }
    }
}
