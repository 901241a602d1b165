package io.github.motcua.benchmarks.endtoend;

import io.github.motcua.VietnamTime;
import io.github.motcua.calendar.VietnamCalendars;
import io.github.motcua.calendar.WorkingSession;
import io.github.motcua.deadline.LegalEdition;
import io.github.motcua.deadline.SupplementPolicy;
import io.github.motcua.io.JsonLinesReader;
import io.github.motcua.io.ProcedureVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * DuckDB's side: the SQL in {@code bieu06.sql}, over the same files, in an in-memory database on
 * all cores. The SQL restates motcua's default rules for what the data set holds; this class checks
 * that the data set holds nothing else (no cut-off times, two working sessions, supplements
 * restarting the clock; the SQL itself fails on a dossier with more than one supplement request)
 * and fills in the period's days and the sessions.
 */
final class DuckDbReport {
    private DuckDbReport() {}

    static Figures run(DataSet data) throws IOException, SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            String[] statements = sql(data).split(";\n");
            for (int i = 0; i < statements.length - 1; i++) {
                statement.execute(statements[i]);
            }
            Figures figures = new Figures();
            try (ResultSet rows = statement.executeQuery(statements[statements.length - 1])) {
                while (rows.next()) {
                    long[] counts = new long[Figures.COLUMNS.size()];
                    for (int i = 0; i < counts.length; i++) {
                        counts[i] = rows.getLong(Figures.COLUMNS.get(i));
                    }
                    figures.add(rows.getString("grouping"), rows.getString("key"), counts);
                }
            }
            return figures;
        }
    }

    /** The SQL with its placeholders filled in, without comments. */
    static String sql(DataSet data) throws IOException {
        requireModelled(data);
        List<WorkingSession> sessions =
                VietnamCalendars.official().workingHours().sessions();
        if (sessions.size() != 2) {
            throw new IllegalStateException("the SQL counts working hours in two sessions a day: " + sessions);
        }
        int offset = VietnamTime.ZONE
                .getRules()
                .getOffset(DataSet.PERIOD.start().atStartOfDay())
                .getTotalSeconds();
        Map<String, String> values = Map.ofEntries(
                Map.entry("DOSSIERS", data.dossiers().toString()),
                Map.entry("CALENDAR", data.calendar().toString()),
                Map.entry("PROCEDURES", data.procedures().toString()),
                Map.entry("FIRST_DAY", Long.toString(DataSet.PERIOD.start().toEpochDay())),
                Map.entry("REPORT_DAY", Long.toString(DataSet.PERIOD.end().toEpochDay())),
                Map.entry("VN_OFFSET", Integer.toString(offset)),
                Map.entry("S1_START", Integer.toString(sessions.get(0).start().toSecondOfDay())),
                Map.entry("S1_SECONDS", Long.toString(seconds(sessions.get(0)))),
                Map.entry("S2_START", Integer.toString(sessions.get(1).start().toSecondOfDay())),
                Map.entry("S2_SECONDS", Long.toString(seconds(sessions.get(1)))),
                Map.entry("S2_END", Integer.toString(sessions.get(1).end().toSecondOfDay())),
                Map.entry(
                        "DAY_SECONDS",
                        Long.toString(VietnamCalendars.official().workingHours().secondsPerDay())));
        String sql;
        try (InputStream in =
                Objects.requireNonNull(DuckDbReport.class.getResourceAsStream("bieu06.sql"), "bieu06.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        sql = sql.lines().filter(line -> !line.startsWith("--")).collect(Collectors.joining("\n"));
        for (Map.Entry<String, String> value : values.entrySet()) {
            sql = sql.replace("{{" + value.getKey() + "}}", value.getValue().replace("'", "''"));
        }
        if (sql.contains("{{")) {
            throw new IllegalStateException("a placeholder is left in the SQL");
        }
        return sql;
    }

    private static long seconds(WorkingSession session) {
        return Duration.between(session.start(), session.end()).toSeconds();
    }

    /** Fails unless the data set holds only what the SQL models. */
    private static void requireModelled(DataSet data) throws IOException {
        for (ProcedureVersion version : JsonLinesReader.procedures().readAll(data.procedures())) {
            if (version.procedure().cutOffTime().isPresent()) {
                throw new IllegalStateException("the SQL does not model cut-off times: "
                        + version.procedure().code());
            }
        }
        for (LegalEdition edition : LegalEdition.values()) {
            if (edition.defaultSupplementPolicy() != SupplementPolicy.RESTART) {
                throw new IllegalStateException("the SQL models supplements that restart the clock: " + edition);
            }
        }
    }
}
