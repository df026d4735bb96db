package org.wsoa.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A release of wsoa carries GOV.UK's bank holidays for at least the two years after it is built, so
 * that a report received in that time is counted with the announced days, not the estimated ones.
 * The build date is the one the release records (pom.xml's project.build.outputTimestamp). When this
 * fails, refresh the list: .ci/refresh-bank-holidays (docs/bank-holidays.md).
 */
class BankHolidaysFreshnessTest {

    private static final Pattern BUILD_DATE = Pattern.compile(
            "<project.build.outputTimestamp>(\\d{4}-\\d{2}-\\d{2})T");

    @Test
    void theBundledListCoversTwoYearsAfterTheBuildDate() throws IOException {
        Matcher date = BUILD_DATE.matcher(Files.readString(Path.of("pom.xml")));
        assertThat(date.find()).as("pom.xml records the build date").isTrue();
        LocalDate built = LocalDate.parse(date.group(1));
        LocalDate needed = built.plusYears(2).minusDays(1);

        assertThat(BankHolidays.englandAndWales().lastAnnouncedYear())
                .as("the bundled list must reach %s, two years after the build date %s; run .ci/refresh-bank-holidays",
                        needed, built)
                .isGreaterThanOrEqualTo(needed.getYear());
    }
}
