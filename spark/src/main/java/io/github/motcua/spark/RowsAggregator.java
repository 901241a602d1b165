package io.github.motcua.spark;

import io.github.motcua.report.ReportRows;
import io.github.motcua.tally.Counted;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;
import org.jspecify.annotations.Nullable;

/**
 * The processing report's rows as a Spark aggregator: each partition counts its dossiers into the
 * library's {@link ReportRows} with the library's classification, and the partitions' rows are
 * merged with the library's tally merge. One buffer a partition crosses the network: its rows'
 * counts, a tally for each row key. Rows read back from the network hold counts but no key
 * functions, so a merge adds both buffers to new rows made with the request's grouping.
 */
@SuppressWarnings({"rawtypes", "unchecked"}) // rows of one request's grouping, whose key type is its own
final class RowsAggregator extends Aggregator<Row, ReportRows, ReportRows> {
    private static final long serialVersionUID = 1L;

    private final Broadcast<SparkRequest> request;
    private final int[] positions;
    private final int record;
    private transient @Nullable RowDossiers dossiers;

    RowsAggregator(Broadcast<SparkRequest> request, int[] positions, int record) {
        this.request = request;
        this.positions = positions;
        this.record = record;
    }

    @Override
    public ReportRows zero() {
        return Rules.of(request.value()).emptyRows();
    }

    @Override
    public ReportRows reduce(ReportRows rows, Row row) {
        RowDossiers reading = dossiers;
        if (reading == null) {
            reading = new RowDossiers(Rules.of(request.value()), positions, record);
            dossiers = reading;
        }
        Counted counted = reading.counted(row);
        if (counted != null) {
            rows.accept(counted);
        }
        return rows;
    }

    @Override
    public ReportRows merge(ReportRows one, ReportRows other) {
        return zero().merge(one).merge(other);
    }

    @Override
    public ReportRows finish(ReportRows rows) {
        return rows;
    }

    @Override
    public Encoder<ReportRows> bufferEncoder() {
        return Encoders.javaSerialization(ReportRows.class);
    }

    @Override
    public Encoder<ReportRows> outputEncoder() {
        return Encoders.javaSerialization(ReportRows.class);
    }
}
