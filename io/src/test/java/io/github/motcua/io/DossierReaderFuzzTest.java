package io.github.motcua.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Fuzz tests of the dossier readers: whatever the bytes, a lenient read accepts or rejects records
 * and returns counts that reconcile; the only exception allowed is the documented one for a whole
 * file refused (a CSV header that cannot be used, UTF-16 text). In the default build they run in
 * regression mode on the inputs under {@code DossierReaderFuzzTestInputs}; {@code JAZZER_FUZZ=1}
 * fuzzes them.
 */
class DossierReaderFuzzTest {
    private static final DossierReader CSV = DossierReader.builder(DossierFormat.CSV)
            .maxRecordBytes(4096)
            .units(java.util.List.of("U1"))
            .build();
    private static final DossierReader JSON_LINES =
            DossierReader.builder(DossierFormat.JSON_LINES).maxRecordBytes(4096).build();

    @FuzzTest(maxDuration = "30s")
    void csvReaderOnlyRejects(byte[] data) throws IOException {
        try {
            check(CSV.read(new ByteArrayInputStream(data), dossier -> {}, rejection -> {}));
        } catch (MalformedFileException expected) {
            // a header that names no usable columns, or UTF-16 text: documented
        }
    }

    @FuzzTest(maxDuration = "30s")
    void jsonLinesReaderOnlyRejects(byte[] data) throws IOException {
        try {
            check(JSON_LINES.read(new ByteArrayInputStream(data), dossier -> {}, rejection -> {}));
        } catch (MalformedFileException expected) {
            // UTF-16 text, refused as a whole: documented
        }
    }

    private static void check(ReadSummary summary) {
        if (summary.accepted() + summary.rejected() != summary.read()) {
            throw new AssertionError("counts do not reconcile: " + summary);
        }
    }
}
