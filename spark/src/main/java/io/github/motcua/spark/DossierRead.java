package io.github.motcua.spark;

import io.github.motcua.io.ReadSummary;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What a read of dossier files gives: the accepted dossiers and the rejections, two data sets whose
 * counts reconcile with the records read, as a local read's do.
 *
 * <p>The accepted dossiers have the columns {@code file}, {@code record} (the record's number in its
 * file, from 1 after any header), then every column of the dossier CSV format (docs/formats.md) as
 * text in that format, null for an empty cell. The rejections have {@code file}, {@code record},
 * {@code line} (0 for a Parquet row), {@code id}, {@code column}, {@code value} and {@code reason},
 * as {@link io.github.motcua.io.Rejection} has them, in input order.
 *
 * <p>Both are lazy, as Spark's data sets are: each action reads the files again. Persist them
 * ({@code accepted().persist()}) to use them more than once on large inputs.
 *
 * @param accepted the accepted dossiers
 * @param rejected the rejections, in input order
 */
public record DossierRead(Dataset<Row> accepted, Dataset<Row> rejected) {
    /**
     * Checks the data sets.
     *
     * @param accepted the accepted dossiers
     * @param rejected the rejections
     */
    public DossierRead {
        Objects.requireNonNull(accepted, "accepted");
        Objects.requireNonNull(rejected, "rejected");
    }

    /**
     * Counts the records read, accepted and rejected (two Spark jobs).
     *
     * @return the counts, which reconcile
     */
    public ReadSummary summary() {
        long accepts = accepted.count();
        long rejects = rejected.count();
        return new ReadSummary(accepts + rejects, accepts, rejects);
    }
}
