package io.github.motcua.cli.job;

import io.github.motcua.check.ConsistencyChecker;
import io.github.motcua.check.MalformedRowException;
import io.github.motcua.check.PublishedFiguresCsv;
import io.github.motcua.check.PublishedIndexCsv;
import io.github.motcua.scoring.qd766.IndexTable;
import io.github.motcua.scoring.qd766.Qd766Index;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The check of published figures asked for ({@code motcua check}, {@code POST /v1/check}): each
 * row of a CSV file of published figures, or of published QĐ 766 index breakdowns, checked.
 */
public final class PublishedChecks {
    private PublishedChecks() {}

    /**
     * Checks each row of published figures ({@code ConsistencyChecker}).
     *
     * @param csv the CSV file's bytes, UTF-8 (small: read whole)
     * @return one check result per row, in order
     * @throws MalformedRowException if the text is not UTF-8 or a row cannot be read
     * @throws IOException if the text cannot be read
     */
    public static List<?> figures(byte[] csv) throws IOException {
        return PublishedFiguresCsv.read(text(csv)).stream()
                .map(ConsistencyChecker::check)
                .toList();
    }

    /**
     * Checks each row of published QĐ 766 index breakdowns against the bundled index table.
     *
     * @param csv the CSV file's bytes, UTF-8 (small: read whole)
     * @return one check result per row, in order
     * @throws MalformedRowException if the text is not UTF-8 or a row cannot be read
     * @throws IOException if the text cannot be read
     */
    public static List<?> index(byte[] csv) throws IOException {
        IndexTable table = IndexTable.bundled();
        return PublishedIndexCsv.read(text(csv), table).stream()
                .map(published -> Qd766Index.check(published, table))
                .toList();
    }

    /** The text of a file's bytes, refusing bytes that are not UTF-8 with the line they are on. */
    private static Reader text(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        if (decoder.decode(in, out, true).isError()) {
            long line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new MalformedRowException(line, "the text is not UTF-8; save the file as \"CSV UTF-8\"");
        }
        decoder.flush(out);
        return new StringReader(out.flip().toString());
    }
}
