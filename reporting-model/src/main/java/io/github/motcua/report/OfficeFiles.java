package io.github.motcua.report;

import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * What the workbooks and the Word document share in writing: a new file records no time of
 * creation, so that the same report gives the same content (the zip entries still carry the time
 * they were written); a caller's stream is never closed.
 */
final class OfficeFiles {
    /** The rows a streaming workbook keeps in memory before it writes them out. */
    static final int ROWS_IN_MEMORY = 100;

    private OfficeFiles() {}

    /** A new streaming workbook. */
    static SXSSFWorkbook workbook() {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        undated(workbook.getXSSFWorkbook().getProperties());
        return workbook;
    }

    /** Leaves the time of creation out of a new file's properties. */
    static void undated(POIXMLProperties properties) {
        properties.getCoreProperties().setCreated(Optional.empty());
    }

    /** A view of a stream whose {@code close} only flushes, for writers that close what they are given. */
    static OutputStream unclosed(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /** Closes a file being built that failed, keeping the failure as the error. */
    static void closeAfterFailure(Closeable file, RuntimeException failure) {
        try {
            file.close();
        } catch (IOException suppressed) {
            failure.addSuppressed(suppressed);
        }
    }
}
