package io.github.motcua.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Splits a byte stream into records without decoding it: a record ends at a line feed (a carriage
 * return before it is dropped), except inside double quotes when quotes are honoured (CSV). Each
 * record is decoded on its own, so that text that is not UTF-8 is rejected record by record; a
 * record longer than the limit is skipped to its end without being held in memory.
 */
final class RecordSplitter {
    /** One record: its text, or why it has none, and the line it starts on. */
    record Raw(long line, @Nullable String text, @Nullable String problem) {}

    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final boolean quotes;
    private final int maxBytes;
    private final byte[] buffer = new byte[BUFFER];
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] record = new byte[256];
    private int position;
    private int limit;
    private long line = 1;
    private boolean first = true;

    RecordSplitter(InputStream in, boolean quotes, int maxBytes) {
        this.in = in;
        this.quotes = quotes;
        this.maxBytes = maxBytes;
    }

    /** Returns the next non-blank record, or null at the end of the stream. */
    @Nullable
    Raw next() throws IOException {
        while (true) {
            long start = line;
            int length = 0;
            boolean quoted = false;
            boolean tooLong = false;
            boolean ended = false;
            int previous = ',';
            int read;
            while ((read = read()) >= 0) {
                if (read == '\n') {
                    line++;
                    if (!quoted) {
                        ended = true;
                        break;
                    }
                } else if (read == '"' && quotes && (quoted || previous == ',')) {
                    // A quote opens only at the start of a cell, as CSV parsers read it; inside a
                    // quoted cell each quote toggles, so that "" stays inside.
                    quoted = !quoted;
                }
                previous = read;
                if (length == maxBytes + 1) {
                    tooLong = true;
                } else if (!tooLong) {
                    if (length == record.length) {
                        record = Arrays.copyOf(record, Math.min(maxBytes + 1, record.length * 2));
                    }
                    record[length++] = (byte) read;
                }
            }
            if (!ended && length == 0 && !tooLong) {
                return null;
            }
            if (length > 0 && record[length - 1] == '\r') {
                length--;
            }
            if (tooLong || length > maxBytes) {
                return new Raw(
                        start,
                        null,
                        quoted
                                ? "a quote opened in this record is never closed, so it runs past " + maxBytes
                                        + " bytes (to line " + line + ")"
                                : "the record is longer than " + maxBytes + " bytes");
            }
            if (quoted) {
                return new Raw(start, null, "a quote opened in this record is never closed (to line " + line + ")");
            }
            int from = 0;
            if (first) {
                first = false;
                if (length >= 3
                        && (record[0] & 0xFF) == 0xEF
                        && (record[1] & 0xFF) == 0xBB
                        && (record[2] & 0xFF) == 0xBF) {
                    from = 3; // a byte-order mark, as spreadsheets write "CSV UTF-8"
                }
            }
            if (length - from == 0) {
                continue; // blank lines are not records
            }
            try {
                String text = decoder.decode(ByteBuffer.wrap(record, from, length - from))
                        .toString();
                return new Raw(start, text, null);
            } catch (CharacterCodingException e) {
                return new Raw(start, null, "the text is not UTF-8; save the file as UTF-8 (\"CSV UTF-8\")");
            }
        }
    }

    private int read() throws IOException {
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++] & 0xFF;
    }
}
