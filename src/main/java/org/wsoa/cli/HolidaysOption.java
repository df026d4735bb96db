package org.wsoa.cli;

import java.nio.file.Path;
import java.util.Map;
import org.wsoa.calendar.BankHolidays;
import org.wsoa.calendar.GovUkHolidays;
import org.wsoa.calendar.WorkingDays;
import picocli.CommandLine.Option;

/** {@code --holidays FILE}: GOV.UK's list of bank holidays, for years announced since wsoa was built. */
final class HolidaysOption {

    @Option(names = "--holidays", paramLabel = "FILE",
            description = "GOV.UK's bank-holidays.json: its England and Wales years replace those wsoa carries"
                    + " or works out from the usual rules")
    private Path file;

    /** For picocli, which sets the file from the command line. */
    HolidaysOption() {
    }

    /** With the file given (or null), for {@link QuickValidate}. */
    HolidaysOption(Path file) {
        this.file = file;
    }

    /** The working days to count in; throws with a message for the user if the file cannot be read. */
    WorkingDays calendar() throws GovUkHolidays.HolidayFileException {
        if (file == null) {
            return WorkingDays.englandAndWales();
        }
        return new WorkingDays(BankHolidays.englandAndWales().with(GovUkHolidays.read(file), Map.of()));
    }
}
