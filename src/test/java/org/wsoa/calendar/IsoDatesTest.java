package org.wsoa.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IsoDatesTest {

    @Test
    void readsYearMonthDay() throws IsoDates.BadDateException {
        assertThat(IsoDates.parse("2023-03-31")).isEqualTo(LocalDate.of(2023, 3, 31));
        assertThat(IsoDates.parse(" 2024-02-29 ")).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/03/2023", "31-03-2023", "31.03.2023", "31/3/2023", "31/03/23", "31 March 2023",
        "31 Mar 2023", "31st March 2023", "Friday 31 March 2023", "Friday, 31 March 2023", "March 31, 2023",
        "2023/03/31", "2023.03.31", "2023-3-31"})
    void aDateWrittenAnotherWaySaysWhatToWrite(String written) {
        assertThatThrownBy(() -> IsoDates.parse(written))
                .isInstanceOf(IsoDates.BadDateException.class)
                .hasMessage("write dates as YYYY-MM-DD: 2023-03-31");
    }

    @Test
    void aDayAndMonthAreReadTheBritishWay() {
        // 03/04/2023 is 3 April in Britain; the suggestion must not turn it into 4 March.
        assertThatThrownBy(() -> IsoDates.parse("03/04/2023")).hasMessage("write dates as YYYY-MM-DD: 2023-04-03");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // An American date names no 31st month, so it gets no guess.
        "03/31/2023   | write dates as YYYY-MM-DD, for example 2023-03-31",
        "soon         | write dates as YYYY-MM-DD, for example 2023-03-31",
        "31 Smarch 2023 | write dates as YYYY-MM-DD, for example 2023-03-31",
        "''           | write dates as YYYY-MM-DD, for example 2023-03-31",
        "2023-02-29   | there is no such day in the calendar",
        "2023-13-01   | there is no such day in the calendar",
        "2023-00-10   | there is no such day in the calendar",
        "2023-04-31   | there is no such day in the calendar",
        // Only ASCII digits make a date, as \d means in a regular expression.
        "２０２３-03-31 | write dates as YYYY-MM-DD, for example 2023-03-31",
        "2023-03-3a   | write dates as YYYY-MM-DD, for example 2023-03-31",
        "2023-03-310  | write dates as YYYY-MM-DD, for example 2023-03-31",
    })
    void somethingThatIsNoDateGetsNoGuess(String written, String message) {
        assertThatThrownBy(() -> IsoDates.parse(written))
                .isInstanceOf(IsoDates.BadDateException.class)
                .hasMessage(message);
    }

    @Test
    void readsEveryDayAsTheStandardParserDoes() throws IsoDates.BadDateException {
        for (LocalDate day = LocalDate.of(1999, 1, 1); day.getYear() < 2101; day = day.plusDays(1)) {
            assertThat(IsoDates.parse(day.toString())).isEqualTo(LocalDate.parse(day.toString()));
        }
        assertThat(IsoDates.parse("0001-01-01")).isEqualTo(LocalDate.of(1, 1, 1));
    }

    @Test
    void nothingWrittenIsNoDate() {
        assertThatThrownBy(() -> IsoDates.parse(null))
                .hasMessage("write dates as YYYY-MM-DD, for example 2023-03-31");
    }
}
