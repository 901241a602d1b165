package io.github.motcua.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Splits a byte stream into records without decoding it: a record ends at a line feed (a carriage
 * return before it is dropped), except inside double quotes when quotes may hold line feeds (CSV). A
 * record longer than the limit is skipped to its end without being held in memory. Records are
 * sliced in place from one buffer, so that the bytes of a record are valid until the next call.
 *
 * <p>A splitter may stop before the end of the stream: records that start at or after a given
 * offset are left to the next range of a file read in parallel; the last record it returns may end
 * after that offset.
 */
final class RecordSplitter {
    private static final int MIN_BUFFER = 1 << 20;

    /** What double quotes do. */
    enum Quotes {
        /** Quotes are text (JSON Lines, where a JSON string cannot hold a raw line feed). */
        TEXT,
        /** A quoted cell may hold commas but not line feeds: every record is one line. */
        WITHIN_LINE,
        /** A quoted cell may hold commas and line feeds (CSV, RFC 4180). */
        ACROSS_LINES
    }

    private final InputStream in;
    private final Quotes quotes;
    private final int maxBytes;
    private final long stopAt;
    private byte[] buffer;
    private long bufferOffset;
    private int position;
    private int limit;
    private boolean eof;
    private long line;
    private int from;
    private int to;
    private long recordLine;
    private long recordStart;
    private @Nullable String problem;

    /** The file offset of the first line feed inside a quoted cell of the current record, or -1. */
    private long firstLineFeedAt = -1;

    /** The number of the current record's last line. */
    private long recordLastLine;

    /**
     * A splitter of a whole stream, whose first line is line 1.
     *
     * @param in the stream
     * @param quotes what double quotes do
     * @param maxBytes the longest record
     */
    RecordSplitter(InputStream in, Quotes quotes, int maxBytes) {
        this(in, quotes, maxBytes, 0, Long.MAX_VALUE, 1);
    }

    /**
     * A splitter of a stream that begins at an offset of a file.
     *
     * @param in the stream, from the offset
     * @param quotes what double quotes do
     * @param maxBytes the longest record
     * @param offset the file offset of the stream's first byte
     * @param stopAt the file offset from which records are left to the next range
     * @param firstLine the number of the line at the offset
     */
    RecordSplitter(InputStream in, Quotes quotes, int maxBytes, long offset, long stopAt, long firstLine) {
        this.in = in;
        this.quotes = quotes;
        this.maxBytes = maxBytes;
        this.stopAt = stopAt;
        this.buffer = new byte[Math.max(MIN_BUFFER, 2 * (maxBytes + 2))];
        this.bufferOffset = offset;
        this.line = firstLine;
    }

    /** Moves to the next non-blank record; returns false at the end of the stream or of the range. */
    boolean next() throws IOException {
        while (true) {
            if (bufferOffset + position >= stopAt || (position == limit && !fill())) {
                return false;
            }
            recordStart = bufferOffset + position;
            recordLine = line;
            problem = null;
            firstLineFeedAt = -1;
            boolean quoted = false;
            int closedAt = -2; // where the last quoted cell closed, from the record's start
            int i = position;
            int end = -1;
            while (end < 0) {
                while (i < limit && buffer[i] != '\n' && buffer[i] != '"') {
                    i++; // the common bytes, with nothing to track
                }
                if (i == limit) {
                    // past the limit even with a carriage return and a byte-order mark, which do not count
                    if (i - position > maxBytes + (recordStart == 0 ? 4 : 1)) {
                        if (quoted && firstLineFeedAt >= 0) {
                            end = firstLine("a quote opened on this line is not closed within " + maxBytes + " bytes");
                            break;
                        }
                        skipLongRecord(quoted);
                        return true;
                    }
                    int scanned = i - position;
                    if (!fill()) {
                        end = limit;
                        if (quoted && firstLineFeedAt >= 0) {
                            end = firstLine("a quote opened on this line is never closed");
                        } else if (quoted) {
                            problem = "a quote opened in this record is never closed";
                        }
                        break;
                    }
                    i = position + scanned;
                    continue;
                }
                if (buffer[i] == '\n') {
                    line++;
                    if (!quoted) {
                        end = i;
                        break;
                    }
                    if (firstLineFeedAt < 0) {
                        firstLineFeedAt = bufferOffset + i;
                    }
                    if (quotes == Quotes.WITHIN_LINE) {
                        end = firstLine("a quote opened on this line is not closed on it, and a cell may not hold a"
                                + " line feed in this read");
                        break;
                    }
                } else if (quotes != Quotes.TEXT) {
                    // A quote opens a cell only at its start, as CSV parsers read it; inside a
                    // quoted cell a quote closes it, and a quote right after that closing one
                    // reopens it, so that a doubled quote "" stays inside.
                    if (quoted) {
                        quoted = false;
                        closedAt = i - position;
                    } else if (i == position || buffer[i - 1] == ',' || i - position - 1 == closedAt) {
                        quoted = true;
                    }
                }
                i++;
            }
            int start = position;
            position = end < limit ? end + 1 : limit;
            recordLastLine = end < limit ? line - 1 : line;
            int stop = end;
            if (stop > start && buffer[stop - 1] == '\r') {
                stop--;
            }
            if (recordStart == 0 && stop - start >= 2) {
                requireNotUtf16(buffer[start] & 0xFF, buffer[start + 1] & 0xFF);
            }
            if (recordStart == 0
                    && stop - start >= 3
                    && (buffer[start] & 0xFF) == 0xEF
                    && (buffer[start + 1] & 0xFF) == 0xBB
                    && (buffer[start + 2] & 0xFF) == 0xBF) {
                start += 3; // a byte-order mark, as spreadsheets write "CSV UTF-8"
            }
            if (stop - start > maxBytes) {
                problem = tooLong(quoted);
            }
            if (stop > start || problem != null) {
                from = start;
                to = stop;
                return true;
            }
            // blank lines are not records
        }
    }

    /**
     * Refuses a file of UTF-16 text by its first two bytes: a byte-order mark, or a NUL beside an
     * ASCII character, as spreadsheets write "Unicode text".
     */
    private static void requireNotUtf16(int first, int second) {
        @Nullable
        String order = first == 0xFF && second == 0xFE
                ? "little-endian, with the byte-order mark FF FE"
                : first == 0xFE && second == 0xFF
                        ? "big-endian, with the byte-order mark FE FF"
                        : first != 0 && first < 0x80 && second == 0
                                ? "little-endian"
                                : first == 0 && second != 0 && second < 0x80 ? "big-endian" : null;
        if (order != null) {
            throw new MalformedFileException("the file is UTF-16 text (" + order + "), not UTF-8; save it as UTF-8"
                    + " (in a spreadsheet: CSV UTF-8) and read it again");
        }
    }

    /**
     * Cuts the current record to its first line, which holds a quote that is not closed: the lines
     * after it are read again as records of their own (the recovery rule of docs/formats.md).
     * Returns the buffer index of the first line feed, where the record now ends.
     */
    private int firstLine(String reason) {
        int end = (int) (firstLineFeedAt - bufferOffset);
        line = recordLine + 1;
        problem = reason + ", so the record is read as this line alone and the lines after it as records of"
                + " their own";
        firstLineFeedAt = -1;
        return end;
    }

    /**
     * Skips a record longer than the limit to the end of the line where it passed the limit,
     * keeping none of it: quotes are not followed past the limit, so that an unclosed one cannot
     * swallow the lines after it.
     */
    private void skipLongRecord(boolean quoted) throws IOException {
        position = limit;
        while (true) {
            if (position == limit && !fill()) {
                break;
            }
            if (buffer[position++] == '\n') {
                line++;
                break;
            }
        }
        recordLastLine = line - 1;
        problem = tooLong(quoted);
        from = 0;
        to = 0;
    }

    /**
     * Moves back to the second line of the current record, when it runs over several lines and was
     * rejected: its lines after the first are then read again as records of their own.
     *
     * @return the number of the record's last line, or 0 when it holds one line and nothing moved
     */
    long rereadAfterFirstLine() {
        if (firstLineFeedAt < 0 || firstLineFeedAt < bufferOffset || firstLineFeedAt >= end()) {
            return 0;
        }
        long last = recordLastLine;
        position = (int) (firstLineFeedAt + 1 - bufferOffset);
        line = recordLine + 1;
        firstLineFeedAt = -1;
        return last;
    }

    private String tooLong(boolean quoted) {
        return quoted
                ? "a quote opened in this record is not closed within " + maxBytes + " bytes"
                : "the record is longer than " + maxBytes + " bytes";
    }

    /** Keeps the bytes from the position, reads more after them; false at the end of the stream. */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int kept = limit - position;
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, kept);
            bufferOffset += position;
            position = 0;
            limit = kept;
        }
        if (limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read <= 0) {
            eof = true;
            return false;
        }
        limit += read;
        return true;
    }

    /** The current record's bytes, from {@link #from()} to {@link #to()}; valid until the next call. */
    byte[] bytes() {
        return buffer;
    }

    int from() {
        return from;
    }

    int to() {
        return to;
    }

    /** The line the current record starts on. */
    long line() {
        return recordLine;
    }

    /** The file offset of the current record's first byte. */
    long start() {
        return recordStart;
    }

    /** The file offset after the last byte consumed. */
    long end() {
        return bufferOffset + position;
    }

    /** The number of the line after the last byte consumed. */
    long nextLine() {
        return line;
    }

    /** Why the current record cannot be read, or null when its bytes are there. */
    @Nullable
    String problem() {
        return problem;
    }
}
