package io.github.motcua.spark;

import io.github.motcua.io.DossierFormat;
import io.github.motcua.io.DossierReader;
import io.github.motcua.io.MalformedFileException;
import io.github.motcua.io.RecordCount;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;

/**
 * A part of a CSV or JSON Lines dossier file that one task reads on its own: the records that begin
 * in a byte range, where a record begins after a line feed. (A CSV cell may not hold a line feed
 * here, as in the readers' default.) A part after the first is read with the file's header before
 * it, so that each part is a dossier file of its own; its records and lines are numbered from the
 * counts of the parts before it, so that every record has the number and line a read of the whole
 * file gives it. Immutable and serializable.
 *
 * @param file the file's place in the input order
 * @param path the file
 * @param part the part's place in the file
 * @param from where the part's range begins, before it is moved to a record's start
 * @param to where the next part's range begins, or the file's size
 * @param size the file's size
 * @param csv whether the file is CSV, with a header
 * @param header the CSV header line, with its line feed, for a part after the first; else empty
 * @param recordsBefore the records of the file's parts before this one
 * @param linesBefore the line feeds of the file's parts before this one
 */
record TextSplit(
        int file,
        String path,
        int part,
        long from,
        long to,
        long size,
        boolean csv,
        byte[] header,
        long recordsBefore,
        long linesBefore)
        implements Serializable {

    /**
     * Cuts files into parts of about a number of bytes, in input order, each CSV file's header read
     * and checked first.
     */
    static List<TextSplit> plan(
            HadoopFiles files, List<FileStatus> statuses, DossierFormat format, DossierReader reader, long bytes) {
        List<TextSplit> splits = new ArrayList<>();
        for (int file = 0; file < statuses.size(); file++) {
            FileStatus status = statuses.get(file);
            String path = status.getPath().toString();
            long size = status.getLen();
            boolean csv = format == DossierFormat.CSV;
            Header header = csv ? header(files, path, reader) : new Header(new byte[0], 0);
            long first = Math.max(header.end(), 1);
            int part = 0;
            long from = 0;
            while (true) {
                long next = part == 0 ? Math.max(bytes, first) : from + bytes;
                long to = Math.min(next, size);
                splits.add(new TextSplit(
                        file, path, part, from, to, size, csv, part == 0 ? new byte[0] : header.line(), 0, 0));
                if (to >= size) {
                    break;
                }
                from = to;
                part++;
            }
        }
        return splits;
    }

    /** The same part, numbered after parts with these counts. */
    TextSplit after(long records, long lines) {
        return new TextSplit(file, path, part, from, to, size, csv, header, records, lines);
    }

    /** Counts the part's records (its header left out) and line feeds. */
    RecordCount count(HadoopFiles files, DossierReader reader) {
        try (InputStream in = range(files)) {
            RecordCount count = reader.count(in);
            long header = part == 0 && csv ? 1 : 0;
            return new RecordCount(Math.max(0, count.records() - header), count.lineFeeds());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The part as a file of its own: the header, then its records. */
    InputStream stream(HadoopFiles files) throws IOException {
        InputStream range = range(files);
        return header.length == 0 ? range : new SequenceInputStream(new ByteArrayInputStream(header), range);
    }

    /** A local record number as the file's. */
    long record(long local) {
        return recordsBefore + local;
    }

    /** A local line number as the file's: a part after the first has the header as its line 1. */
    long line(long local) {
        return linesBefore + local - (header.length > 0 ? 1 : 0);
    }

    /** The part's range, moved to records' starts: from after the line feed at or after each end. */
    private InputStream range(HadoopFiles files) throws IOException {
        long start = from == 0 ? 0 : afterLineFeed(files, from - 1);
        long end = to >= size ? size : afterLineFeed(files, to - 1);
        return files.range(path, start, Math.max(start, end));
    }

    private long afterLineFeed(HadoopFiles files, long offset) throws IOException {
        try (FSDataInputStream in = files.open(path, offset)) {
            byte[] block = new byte[1 << 14];
            long position = offset;
            int read;
            while ((read = in.read(block)) > 0) {
                for (int i = 0; i < read; i++) {
                    if (block[i] == '\n') {
                        return position + i + 1;
                    }
                }
                position += read;
            }
            return size;
        }
    }

    /** A CSV file's header line, with a line feed, and the offset after it. */
    private record Header(byte[] line, long end) {}

    /**
     * Reads a CSV file's header: its first line that is not blank, checked as a reader checks a
     * header.
     */
    private static Header header(HadoopFiles files, String path, DossierReader reader) {
        try (InputStream in = files.open(path, 0)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) >= 0) {
                all.write(b);
                if (b == '\n') {
                    if (!blank(line.toByteArray())) {
                        break;
                    }
                    line.reset();
                } else {
                    line.write(b);
                }
            }
            byte[] start = all.toByteArray();
            reader.read(new ByteArrayInputStream(start), dossier -> {}, rejection -> {});
            line.write('\n');
            return new Header(line.toByteArray(), start.length);
        } catch (MalformedFileException malformed) {
            throw new MalformedFileException(path + ": " + malformed.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean blank(byte[] line) {
        return line.length == 0 || (line.length == 1 && line[0] == '\r');
    }
}
