package io.github.motcua.spark;

import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * The processing report's rows as a Spark aggregator: each partition counts its dossiers into the
 * library's {@link io.github.motcua.report.ReportRows} with the library's classification, and the
 * partitions' rows are merged with the library's tally merge. One buffer a partition crosses the
 * network: a tally for each row key.
 */
final class RowsAggregator extends Aggregator<Row, RowsBuffer, RowsBuffer> {
    private static final long serialVersionUID = 1L;

    private final Broadcast<SparkRequest> request;
    private final int[] positions;
    private final int record;

    RowsAggregator(Broadcast<SparkRequest> request, int[] positions, int record) {
        this.request = request;
        this.positions = positions;
        this.record = record;
    }

    @Override
    public RowsBuffer zero() {
        return new RowsBuffer(request, positions, record);
    }

    @Override
    public RowsBuffer reduce(RowsBuffer buffer, Row row) {
        return buffer.add(row);
    }

    @Override
    public RowsBuffer merge(RowsBuffer one, RowsBuffer other) {
        return one.merge(other);
    }

    @Override
    public RowsBuffer finish(RowsBuffer buffer) {
        return buffer;
    }

    @Override
    public Encoder<RowsBuffer> bufferEncoder() {
        return Encoders.javaSerialization(RowsBuffer.class);
    }

    @Override
    public Encoder<RowsBuffer> outputEncoder() {
        return Encoders.javaSerialization(RowsBuffer.class);
    }
}
