package io.github.motcua.spark;

import io.github.motcua.dossier.Dossier;
import io.github.motcua.io.DossierFormat;
import io.github.motcua.io.DossierRecords;
import io.github.motcua.tally.Counted;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;

/**
 * Reads rows of accepted dossiers back into dossiers and counts them, with a request's rules: a row
 * that does not pass the reader's checks (a data set not made by {@link MotcuaSpark#read}) stops
 * the job with its rejection. Not thread-safe: one per task.
 */
final class RowDossiers {
    private final Rules rules;
    private final int[] positions;
    private final int record;
    private final DossierRecords records;

    RowDossiers(Rules rules, int[] positions, int record) {
        this.rules = rules;
        this.positions = positions;
        this.record = record;
        this.records = rules.reader(DossierFormat.CSV).records();
    }

    /** The dossier of a row. */
    Dossier dossier(Row row) {
        long number = record < 0 || row.isNullAt(record) ? 0 : row.getLong(record);
        return records.read(DossierColumns.cells(row, positions), number, 0);
    }

    /** The row's dossier counted in the period, or null when it is not in the figures. */
    @Nullable
    Counted counted(Row row) {
        return rules.counted(dossier(row));
    }
}
