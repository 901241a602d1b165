package io.github.motcua.format;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.json.MotcuaJson;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Writes dossiers as CSV or JSON Lines, one record at a time. CSV has a header row with every
 * {@link DossierColumn}, and each cell that a spreadsheet would run as a formula (beginning with
 * {@code = + - @}, a tab or a carriage return) or that begins with an apostrophe gets an apostrophe
 * in front, which {@link DossierReader} removes. JSON Lines has one dossier's JSON form per line.
 *
 * <p>Closing the writer closes the underlying writer. Not thread-safe.
 */
public final class DossierWriter implements Closeable {
    private final DossierFormat format;
    private final Writer out;
    private final SequenceWriter sequence;
    private final DossierCsv rows;
    private final ObjectWriter json;

    private DossierWriter(DossierFormat format, Writer out) throws IOException {
        this.format = format;
        this.out = out;
        JsonMapper mapper = MotcuaJson.mapper();
        this.json = mapper.writer();
        this.rows = new DossierCsv(mapper);
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        for (DossierColumn column : DossierColumn.values()) {
            schema.addColumn(column.header());
        }
        this.sequence = format == DossierFormat.CSV
                ? new CsvMapper().writer(schema.build()).writeValues(out)
                : json.withRootValueSeparator("\n").writeValues(out);
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
        return new DossierWriter(format, out);
    }

    /**
     * Writes one dossier.
     *
     * @param dossier the dossier
     * @throws IOException if the writer fails
     */
    public void write(Dossier dossier) throws IOException {
        if (format == DossierFormat.CSV) {
            Map<DossierColumn, String> cells = rows.write(dossier);
            sequence.write(cells.values().toArray(new String[0]));
        } else {
            sequence.write(dossier);
        }
    }

    @Override
    public void close() throws IOException {
        if (format == DossierFormat.JSON_LINES) {
            sequence.flush();
            out.write('\n'); // every line ends with a line feed, the last too
        }
        sequence.close();
        out.close();
    }
}
