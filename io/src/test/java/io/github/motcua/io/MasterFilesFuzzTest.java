package io.github.motcua.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Fuzz tests of the master-file readers (units, procedures, excusal intervals, feedback items, unit facts): whatever
 * the bytes, a lenient read accepts or rejects each line and returns counts that reconcile, or
 * refuses the whole file with a {@link MalformedFileException} (UTF-16 text); a strict read returns values or stops with a {@link RejectedRecordException}. In the
 * default build they run in regression mode on the inputs under {@code MasterFilesFuzzTestInputs};
 * {@code JAZZER_FUZZ=1} fuzzes them.
 */
class MasterFilesFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void unitsReaderOnlyRejects(byte[] data) throws IOException {
        check(JsonLinesReader.units(), data);
    }

    @FuzzTest(maxDuration = "30s")
    void proceduresReaderOnlyRejects(byte[] data) throws IOException {
        check(JsonLinesReader.procedures(), data);
    }

    @FuzzTest(maxDuration = "30s")
    void excusalsReaderOnlyRejects(byte[] data) throws IOException {
        check(JsonLinesReader.excusals(), data);
    }

    @FuzzTest(maxDuration = "30s")
    void feedbackItemsReaderOnlyRejects(byte[] data) throws IOException {
        check(JsonLinesReader.feedbackItems(), data);
    }

    @FuzzTest(maxDuration = "30s")
    void unitFactsReaderOnlyRejects(byte[] data) throws IOException {
        check(JsonLinesReader.unitFacts(), data);
    }

    private static <T> void check(JsonLinesReader<T> reader, byte[] data) throws IOException {
        int[] delivered = new int[2];
        ReadSummary summary;
        try {
            summary = reader.read(new ByteArrayInputStream(data), value -> delivered[0]++, rejection -> delivered[1]++);
        } catch (MalformedFileException expected) {
            return; // a whole file refused, such as UTF-16 text: documented
        }
        if (summary.accepted() + summary.rejected() != summary.read()
                || summary.accepted() != delivered[0]
                || summary.rejected() != delivered[1]) {
            throw new AssertionError(
                    "counts do not reconcile: " + summary + ", delivered " + delivered[0] + " and " + delivered[1]);
        }
        try {
            reader.readAll(new ByteArrayInputStream(data));
        } catch (RejectedRecordException expected) {
            if (summary.rejected() == 0) {
                throw new AssertionError("a strict read stopped where the lenient read rejected nothing", expected);
            }
        }
    }
}
