package io.github.motcua.cli;

import io.github.motcua.io.DossierReader;
import picocli.CommandLine.Option;

/**
 * {@code --single-line-records} (a mixin): every CSV record is one line, for exports that never put
 * a line feed in a cell, so that no quote typed by mistake can swallow the records after it
 * ({@link DossierReader.Builder#lineFeedsInCells}).
 */
final class SingleLineOption {
    @Option(
            names = "--single-line-records",
            description = "Read every CSV record as one line: a quote not closed on its line rejects that line"
                    + " alone, and no stray quote can swallow the records after it. For exports that never put"
                    + " a line feed in a cell.")
    boolean singleLine;

    /** Applies the choice to a reader. */
    DossierReader.Builder apply(DossierReader.Builder reader) {
        return reader.lineFeedsInCells(!singleLine);
    }
}
