package io.github.motcua.io;

import com.fasterxml.jackson.databind.SequenceWriter;
import io.github.motcua.io.json.MotcuaJson;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes values one JSON form per line, as {@link JsonLinesReader} and {@link DossierReader} read
 * them. Closing the writer closes the underlying writer. Not thread-safe.
 *
 * @param <T> the type of the values
 */
public final class JsonLinesWriter<T> implements Closeable {
    private final Writer out;
    private final SequenceWriter sequence;

    private JsonLinesWriter(Writer out) throws IOException {
        this.out = out;
        this.sequence =
                MotcuaJson.mapper().writer().withRootValueSeparator("\n").writeValues(out);
    }

    /**
     * Opens a writer.
     *
     * @param out where the text goes; write it as UTF-8
     * @param <T> the type of the values
     * @return the writer
     * @throws IOException if the writer fails
     */
    public static <T> JsonLinesWriter<T> open(Writer out) throws IOException {
        return new JsonLinesWriter<>(Objects.requireNonNull(out, "out"));
    }

    /**
     * Writes one value on its own line.
     *
     * @param value the value
     * @throws IOException if the writer fails
     */
    public void write(T value) throws IOException {
        sequence.write(value);
    }

    @Override
    public void close() throws IOException {
        sequence.flush();
        out.write('\n'); // every line ends with a line feed, the last too
        sequence.close();
    }
}
