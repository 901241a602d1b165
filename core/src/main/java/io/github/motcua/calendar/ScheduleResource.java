package io.github.motcua.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a schedule bundled with the library: UTF-8 text, one entry per line, five fields separated
 * by tabs ({@code date, kind, name, source, status}), a header line, and lines starting with
 * {@code #} as comments.
 */
final class ScheduleResource {
    static final String HEADER = "date\tkind\tname\tsource\tstatus";
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private ScheduleResource() {}

    static HolidaySchedule read(String resource) {
        try (InputStream in = ScheduleResource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the motcua-core jar lacks its resource " + resource);
            }
            return parse(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the resource " + resource, e);
        }
    }

    static HolidaySchedule parse(String name, BufferedReader reader) throws IOException {
        List<CalendarEntry> entries = new ArrayList<>();
        boolean headerSeen = false;
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                if (!line.equals(HEADER)) {
                    throw new IllegalStateException(name + " line " + lineNumber + ": expected the header '"
                            + HEADER.replace('\t', ',') + "' (tab-separated)");
                }
                headerSeen = true;
                continue;
            }
            entries.add(entry(name, lineNumber, line));
        }
        return HolidaySchedule.of(entries);
    }

    private static CalendarEntry entry(String name, int lineNumber, String line) {
        String[] fields = line.split("\t", -1);
        if (fields.length != 5) {
            throw new IllegalStateException(
                    name + " line " + lineNumber + ": expected 5 tab-separated fields, found " + fields.length);
        }
        try {
            return CalendarEntry.of(
                    date(fields[0]), DayKind.valueOf(fields[1]), fields[2], fields[3], EntryStatus.valueOf(fields[4]));
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new IllegalStateException(name + " line " + lineNumber + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses a date written YYYY-MM-DD. By hand: {@link LocalDate#parse}, slow until the JIT
     * compiler has warmed up, took a sixth of the national calendar's build at start.
     */
    private static LocalDate date(String text) {
        if (!DATE.matcher(text).matches()) {
            throw new DateTimeException("'" + text + "' is not a date written YYYY-MM-DD");
        }
        return LocalDate.of(
                Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10), Integer.parseInt(text, 8, 10, 10));
    }
}
