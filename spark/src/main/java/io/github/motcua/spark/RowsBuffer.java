package io.github.motcua.spark;

import io.github.motcua.report.ReportRows;
import io.github.motcua.report.RowGrouping;
import io.github.motcua.tally.Counted;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;

/**
 * The buffer of the processing report's aggregator: the library's report rows for the dossiers of
 * one partition, or of partitions merged. Serialized, it is the rows' counts (one tally a row key,
 * the findings and the excusals); read back, it is merged into rows made with the request's key and
 * labels, so that every buffer can count and merge.
 */
final class RowsBuffer implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Broadcast<SparkRequest> request;
    private final int[] positions;
    private final int record;
    private transient ReportRows<?> rows;
    private transient @Nullable RowDossiers dossiers;

    RowsBuffer(Broadcast<SparkRequest> request, int[] positions, int record) {
        this.request = request;
        this.positions = positions;
        this.record = record;
        this.rows = emptyRows(Rules.of(request.value()));
    }

    /** Counts a row's dossier, when it is in the period's figures. */
    RowsBuffer add(Row row) {
        RowDossiers reading = dossiers;
        if (reading == null) {
            reading = new RowDossiers(Rules.of(request.value()), positions, record);
            dossiers = reading;
        }
        Counted counted = reading.counted(row);
        if (counted != null) {
            rows.accept(counted);
        }
        return this;
    }

    /** Adds another buffer's counts to these. */
    @SuppressWarnings({"unchecked", "rawtypes"}) // both rows are keyed by the same request's grouping
    RowsBuffer merge(RowsBuffer other) {
        ((ReportRows) rows).merge(other.rows);
        return this;
    }

    /** The rows. */
    ReportRows<?> rows() {
        return rows;
    }

    private static ReportRows<?> emptyRows(Rules rules) {
        return rows(rules.rows, rules);
    }

    private static <K extends Comparable<K>> ReportRows<K> rows(RowGrouping<K> grouping, Rules rules) {
        return ReportRows.of(grouping.key(), grouping.label(), rules.intervals);
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        out.writeObject(rows);
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // rows of the same request's grouping
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        ReportRows<?> counts = (ReportRows<?>) in.readObject();
        ReportRows live = emptyRows(Rules.of(request.value()));
        rows = live.merge(counts);
    }
}
