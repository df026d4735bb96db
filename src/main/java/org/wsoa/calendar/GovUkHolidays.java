package org.wsoa.calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Reads the England and Wales part of a list in GOV.UK's format (the file at
 * https://www.gov.uk/bank-holidays.json), so that a user can give wsoa the holidays GOV.UK has
 * announced since wsoa was built.
 */
public final class GovUkHolidays {

    /** GOV.UK's file is about 20 KB; anything far larger is not one. */
    private static final long MAX_BYTES = 1_000_000;
    private static final String DIVISION = "england-and-wales";

    /** The file could not be read as GOV.UK's list; the message says why. */
    public static final class HolidayFileException extends Exception {
        private static final long serialVersionUID = 1L;

        HolidayFileException(String message) {
            super(message, null, false, false);
        }
    }

    private GovUkHolidays() {
    }

    /** The England and Wales bank holidays in {@code file}, by date, with GOV.UK's titles. */
    public static NavigableMap<LocalDate, String> read(Path file) throws HolidayFileException {
        if (!Files.isRegularFile(file)) {
            throw new HolidayFileException(file + " is not a file");
        }
        JsonNode root;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new HolidayFileException(file + " is larger than GOV.UK's list of bank holidays could be");
            }
            root = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw new HolidayFileException(file + " is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new HolidayFileException("cannot read " + file + ": " + e.getMessage());
        }
        JsonNode events = root == null ? null : root.path(DIVISION).path("events");
        if (events == null || !events.isArray() || events.isEmpty()) {
            throw new HolidayFileException(file + " has no England and Wales events; GOV.UK's list has them under"
                    + " \"" + DIVISION + "\": {\"events\": [...]}");
        }
        NavigableMap<LocalDate, String> days = new TreeMap<>();
        for (JsonNode event : events) {
            String date = event.path("date").asText("");
            String title = event.path("title").asText("Bank holiday").replace('\u2019', '\'').strip();
            try {
                days.put(LocalDate.parse(date), title.isEmpty() ? "Bank holiday" : title);
            } catch (DateTimeException e) {
                throw new HolidayFileException(file + " has an event whose date is `" + date + "`, not YYYY-MM-DD");
            }
        }
        return days;
    }
}
