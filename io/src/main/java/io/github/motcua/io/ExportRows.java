package io.github.motcua.io;

import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The non-blank rows of an export, read one ahead as they are asked for: a CSV file's, or a sheet's. */
abstract class ExportRows implements Iterator<ExportReader.Row>, AutoCloseable {
    private ExportReader.@Nullable Row next;
    private boolean done;

    /** Reads the next non-blank row, or returns null at the end. */
    abstract ExportReader.@Nullable Row read();

    @Override
    public final boolean hasNext() {
        if (next == null && !done) {
            next = read();
            done = next == null;
        }
        return next != null;
    }

    @Override
    public final ExportReader.Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ExportReader.Row row = Objects.requireNonNull(next, "next");
        next = null;
        return row;
    }

    @Override
    public abstract void close() throws IOException;
}
