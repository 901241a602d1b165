package io.github.motcua.check;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.motcua.scoring.qd766.IndexTable;
import io.github.motcua.scoring.qd766.InvalidIndexTableException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz tests of the parsers of published figures that {@code motcua check} reads: the Biểu 06
 * figures, the QĐ 766 breakdowns and an index table of the user's own. Whatever the bytes, each
 * returns rows or stops with its documented exception ({@link MalformedRowException}, {@link
 * InvalidIndexTableException}), or refuses text that is not UTF-8; nothing else escapes. In the
 * default build they run in regression mode on the inputs under {@code
 * PublishedFiguresFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes them.
 */
class PublishedFiguresFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void figuresParserOnlyRefusesRows(byte[] data) throws IOException {
        try {
            PublishedFiguresCsv.read(utf8(data));
        } catch (MalformedRowException | CharacterCodingException expected) {
            // documented
        }
    }

    @FuzzTest(maxDuration = "30s")
    void indexBreakdownParserOnlyRefusesRows(byte[] data) throws IOException {
        try {
            PublishedIndexCsv.read(utf8(data), IndexTable.bundled());
        } catch (MalformedRowException | CharacterCodingException expected) {
            // documented
        }
    }

    @FuzzTest(maxDuration = "30s")
    void indexTableParserOnlyRefusesTables(byte[] data) throws IOException {
        try {
            IndexTable.parse(utf8(data), "fuzzed.tsv");
        } catch (InvalidIndexTableException | CharacterCodingException expected) {
            // documented
        }
    }

    /** The bytes as the command line reads them: UTF-8, refusing anything else. */
    private static Reader utf8(byte[] data) {
        return new InputStreamReader(
                new ByteArrayInputStream(data),
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }
}
