package io.github.motcua.cli;

import io.github.motcua.io.AtomicOutput;
import io.github.motcua.io.Rejection;
import io.github.motcua.io.json.MotcuaJson;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code --rejects} file of a read, written whole when the read completes: one rejection per
 * line as standard error shows it, or, for a name ending in {@code .jsonl}, one JSON object per
 * line with {@code record}, {@code line}, {@code column}, {@code value} and {@code reason}
 * (docs/formats.md).
 */
final class RejectsFile implements Closeable {
    private final AtomicOutput out;
    private final boolean json;

    private RejectsFile(AtomicOutput out, boolean json) {
        this.out = out;
        this.json = json;
    }

    /** Opens the file's temporary copy; the file is replaced by {@link #commit}. */
    static RejectsFile open(Path file) throws IOException {
        boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl");
        return new RejectsFile(AtomicOutput.open(file), json);
    }

    /** Writes one rejection, as it is found. */
    void write(Rejection rejection) {
        try {
            if (json) {
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("record", rejection.record());
                fields.put("line", rejection.line());
                if (!rejection.id().isEmpty()) {
                    fields.put("id", rejection.id());
                }
                fields.put("column", rejection.column());
                fields.put("value", rejection.value());
                fields.put("reason", rejection.reason());
                out.writer().write(MotcuaJson.mapper().writeValueAsString(fields));
            } else {
                out.writer().write(rejection.toString());
            }
            out.writer().write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves the complete file into place. */
    void commit() throws IOException {
        out.commit();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
