/**
 * motcua io: readers and writers of files and streams.
 *
 * <p>Dossiers as CSV and JSON Lines, streamed or read in parallel byte ranges; master files
 * (units, procedures, excusal intervals, unit facts) and verdicts; the calendar export; and the
 * JSON form of every value ({@code MotcuaJson}). This is the first module that touches files; the
 * model and the rules below it take their data as values.
 */
module io.github.motcua.io {
    requires transitive io.github.motcua.scoring;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.dataformat.csv;
    requires org.apache.poi.ooxml;
    requires java.xml;
    requires static org.jspecify;

    exports io.github.motcua.io;
    exports io.github.motcua.io.json;

    opens io.github.motcua.io to
            com.fasterxml.jackson.databind;
}
