package io.github.motcua.io;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.io.json.MotcuaJson;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes dossiers as CSV or JSON Lines, one record at a time. CSV has a header row with every
 * {@link DossierColumn}, and each cell that a spreadsheet would run as a formula (beginning with
 * {@code = + - @}, a tab or a carriage return) or that begins with an apostrophe gets an apostrophe
 * in front, which {@link DossierReader} removes. JSON Lines has one dossier's JSON form per line.
 *
 * <p>Closing the writer closes the underlying writer. Not thread-safe.
 */
public final class DossierWriter implements Closeable {
    /** Where each dossier goes: a CSV row or a JSON line. */
    @FunctionalInterface
    private interface Sink {
        void write(Dossier dossier) throws IOException;
    }

    private final Sink sink;
    private final Closeable target;

    private DossierWriter(DossierFormat format, Writer out) throws IOException {
        if (format == DossierFormat.CSV) {
            CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
            for (DossierColumn column : DossierColumn.values()) {
                schema.addColumn(column.header());
            }
            SequenceWriter rows = new CsvMapper().writer(schema.build()).writeValues(out);
            DossierCsv cells = new DossierCsv(MotcuaJson.mapper());
            this.sink = dossier -> rows.write(cells.write(dossier).values().toArray(new String[0]));
            this.target = rows;
        } else {
            JsonLinesWriter<Dossier> lines = JsonLinesWriter.open(out);
            this.sink = lines::write;
            this.target = lines;
        }
    }

    /**
     * Opens a writer.
     *
     * @param format the file format
     * @param out where the text goes; write it as UTF-8
     * @return the writer; CSV starts with the header row at the first dossier or at closing
     * @throws IOException if the writer fails
     */
    public static DossierWriter open(DossierFormat format, Writer out) throws IOException {
        return new DossierWriter(Objects.requireNonNull(format, "format"), Objects.requireNonNull(out, "out"));
    }

    /**
     * Writes one dossier.
     *
     * @param dossier the dossier
     * @throws IOException if the writer fails
     */
    public void write(Dossier dossier) throws IOException {
        sink.write(dossier);
    }

    @Override
    public void close() throws IOException {
        target.close();
    }
}
