package org.wsoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DeadlineCommandTest {

    private static final String NL = System.lineSeparator();

    @Test
    void printsTheDateAloneOnTheFirstLineThenHowItWasCounted() {
        CliRun run = CliRun.of("deadline", "2021-11-05");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("2022-02-16" + NL + "70 working days after Friday 5 November 2021, skipping the"
                + " bank holidays 27 and 28 December 2021 and 3 January 2022: Wednesday 16 February 2022" + NL);
    }

    @Test
    void christmasEveCanBeTheDeadline() {
        assertThat(CliRun.of("deadline", "2021-09-17").out()).startsWith("2021-12-24" + NL);
    }

    @Test
    void countsCalendarDaysOnRequest() {
        CliRun run = CliRun.of("deadline", "2018-02-08", "--calendar-days");

        assertThat(run.out()).isEqualTo("2018-04-19" + NL + "70 calendar days after Thursday 8 February 2018:"
                + " Thursday 19 April 2018" + NL);
    }

    @Test
    void countsAnotherNumberOfDays() {
        assertThat(CliRun.of("deadline", "2021-11-05", "--days", "20").out()).startsWith("2021-12-03" + NL);
    }

    @Test
    void aBritishDateGetsTheIsoFormAndExitTwo() {
        CliRun run = CliRun.of("deadline", "31/03/2023");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("wsoa deadline: RECEIVED is written `31/03/2023`;"
                + " write dates as YYYY-MM-DD: 2023-03-31" + NL);
    }

    @Test
    void aYearAfterTheListIsCountedFromTheUsualRulesWithAWarning() {
        // Received 1 October 2027: the count reaches 2028, after the GOV.UK list wsoa carries.
        CliRun run = CliRun.of("deadline", "2027-10-01");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("2028-01-12" + NL + "70 working days after Friday 1 October 2027, skipping the"
                + " bank holidays 27 and 28 December 2027 and 3 January 2028: Wednesday 12 January 2028" + NL);
        assertThat(run.err()).isEqualTo("wsoa deadline: warning: the bank holidays of 2028 are worked out from the"
                + " usual rules: a one-off holiday announced later is not counted; give GOV.UK's list with --holidays"
                + " when it has them" + NL);
    }

    @Test
    void aYearBeforeTheListIsAnErrorNotAGuess() {
        CliRun run = CliRun.of("deadline", "2014-09-01");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("wsoa deadline: wsoa knows the England and Wales bank holidays from 2015"
                + " (announced to 2027, worked out from the usual rules to 2100), and 2014-09-02 is outside them" + NL);
    }

    @Test
    void takesTheYearsAnnouncedSinceFromGovUksList(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp)
            throws java.io.IOException {
        // A one-off holiday on Friday 7 January 2028, as GOV.UK might announce it.
        java.nio.file.Path list = temp.resolve("bank-holidays.json");
        java.nio.file.Files.writeString(list, "{\"england-and-wales\": {\"division\": \"england-and-wales\","
                + " \"events\": [{\"title\": \"New Year\u2019s Day\", \"date\": \"2028-01-03\", \"notes\":"
                + " \"Substitute day\", \"bunting\": true}, {\"title\": \"A proclaimed day\", \"date\":"
                + " \"2028-01-07\", \"notes\": \"\", \"bunting\": true}]}}");

        CliRun run = CliRun.of("deadline", "2027-10-01", "--holidays", list.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("2028-01-13" + NL + "70 working days after Friday 1 October 2027, skipping the"
                + " bank holidays 27 and 28 December 2027 and 3 and 7 January 2028: Thursday 13 January 2028" + NL);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aFileThatIsNotGovUksListIsAUsageError(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp)
            throws java.io.IOException {
        java.nio.file.Path list = temp.resolve("holidays.json");
        java.nio.file.Files.writeString(list, "{\"scotland\": {\"events\": []}}");

        CliRun run = CliRun.of("deadline", "2027-10-01", "--holidays", list.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("wsoa deadline: --holidays: " + list + " has no England and Wales events;"
                + " GOV.UK's list has them under \"england-and-wales\": {\"events\": [...]}" + NL);
    }

    @Test
    void aMonthBeyondTheKnownYearsIsCountedInCalendarDaysAlone() {
        // Calendar days need no bank holidays, so the known years do not limit them.
        assertThat(CliRun.of("deadline", "2030-01-10", "--calendar-days").out()).startsWith("2030-03-21" + NL);
    }

    @Test
    void aCountOfNoDaysIsAUsageError() {
        CliRun run = CliRun.of("deadline", "2021-11-05", "--days", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("wsoa deadline: --days must be between 1 and 1000 (not 0)" + NL);
    }

    @Test
    void aHugeCountIsAUsageErrorNotADateMillionsOfYearsAway() {
        CliRun calendar = CliRun.of("deadline", "--calendar-days", "--days", "2147483647", "2021-11-05");
        CliRun working = CliRun.of("deadline", "2021-11-05", "--days", "1001");

        assertThat(calendar.exitCode()).isEqualTo(2);
        assertThat(calendar.out()).isEmpty();
        assertThat(calendar.err()).isEqualTo("wsoa deadline: --days must be between 1 and 1000 (not 2147483647)" + NL);
        assertThat(working.exitCode()).isEqualTo(2);
        assertThat(working.err()).isEqualTo("wsoa deadline: --days must be between 1 and 1000 (not 1001)" + NL);
    }

    @Test
    void theLargestCountIsAccepted() {
        CliRun run = CliRun.of("deadline", "2018-02-08", "--calendar-days", "--days", "1000");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("2020-11-04" + NL);
    }

    @Test
    void worksWithoutTheRestOfTheCommandLine() {
        StringWriter out = new StringWriter();
        CommandLine deadline = new CommandLine(new DeadlineCommand());
        deadline.setOut(new PrintWriter(out, true));

        assertThat(deadline.execute("2022-09-01")).isZero();
        assertThat(out.toString()).isEqualTo("2022-12-09" + NL + "70 working days after Thursday 1 September 2022,"
                + " skipping the bank holiday 19 September 2022: Friday 9 December 2022" + NL);
    }
}
