package io.github.motcua.tally;

import io.github.motcua.dossier.Channel;
import io.github.motcua.timeliness.Timeliness;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The counts of the processing report (Biểu 06/VPCP/KSTT) for one key: new dossiers by channel,
 * carried over, early, on time, late (with how many are excused), pending within and over the
 * deadline, and the refused, withdrawn and stopped columns.
 *
 * <pre>{@code
 * Tally district = counted.stream().collect(Tally.collector());
 * district.received();        // 3673
 * district.late();            // 35, of which district.lateExcused() 26
 * }</pre>
 *
 * <p>Tallies form a commutative monoid: {@link #merge} is associative and commutative and
 * {@link #empty()} is its identity, so the tally of a list equals the merge of the tallies of any
 * split of it, in any order, on any number of threads or machines. Every dossier is counted once on
 * the received side (new or carried over) and once on the outcome side, so the report's identities
 * ({@link ReportColumn#identities()}) hold by construction.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("EnumOrdinal") // the private Cell enum indexes the private counts array, nothing else
public final class Tally implements ReportCounts {
    private static final Tally EMPTY = new Tally(new long[Cell.values().length]);

    private final long[] counts;

    private Tally(long[] counts) {
        this.counts = counts;
    }

    /**
     * Returns the tally of no dossier, the identity of {@link #merge}.
     *
     * @return the empty tally
     */
    public static Tally empty() {
        return EMPTY;
    }

    /**
     * Returns the tally of one counted dossier.
     *
     * @param counted the counted dossier
     * @return its tally
     */
    public static Tally of(Counted counted) {
        Counter counter = new Counter();
        counter.add(counted);
        return counter.toTally();
    }

    /**
     * Returns a collector that tallies counted dossiers; it works on parallel streams, with memory
     * independent of the number of dossiers.
     *
     * @return the collector
     */
    public static Collector<Counted, ?, Tally> collector() {
        return Collector.of(
                Counter::new, Counter::add, Counter::combine, Counter::toTally, Collector.Characteristics.UNORDERED);
    }

    /**
     * Returns a collector that tallies counted dossiers per key, such as the resolving unit or the
     * field; memory is proportional to the number of keys.
     *
     * @param <K> the key type
     * @param key the key of each counted dossier
     * @return the collector
     */
    public static <K> Collector<Counted, ?, Map<K, Tally>> groupingBy(Function<? super Counted, ? extends K> key) {
        return Collectors.groupingBy(Objects.requireNonNull(key, "key"), collector());
    }

    /**
     * Returns the sum of this tally and another.
     *
     * @param other the other tally
     * @return a tally whose every count is the sum of the two
     */
    public Tally merge(Tally other) {
        long[] sum = counts.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += other.counts[i];
        }
        return new Tally(sum);
    }

    private long count(Cell cell) {
        return counts[cell.ordinal()];
    }

    /**
     * Returns the dossiers received in all: column (3) = (4) + (5) + (6).
     *
     * @return new and carried-over dossiers
     */
    @Override
    public long received() {
        return newDossiers() + carriedOver();
    }

    /**
     * Returns the dossiers received in the period.
     *
     * @return new dossiers, every channel
     */
    public long newDossiers() {
        return count(Cell.NEW_DIRECT) + count(Cell.NEW_ONLINE) + count(Cell.NEW_POSTAL);
    }

    /**
     * Returns the new dossiers received through the portal: column (4).
     *
     * @return new online dossiers
     */
    @Override
    public long newOnline() {
        return count(Cell.NEW_ONLINE);
    }

    /**
     * Returns the new dossiers received at the desk or by post: column (5).
     *
     * @return new direct and postal dossiers
     */
    @Override
    public long newDirectOrPostal() {
        return count(Cell.NEW_DIRECT) + count(Cell.NEW_POSTAL);
    }

    /**
     * Returns the new dossiers received through one channel.
     *
     * @param channel the channel
     * @return the new dossiers of that channel
     */
    public long newDossiers(Channel channel) {
        return count(Cell.forChannel(channel));
    }

    /**
     * Returns the dossiers carried over from the previous period: column (6).
     *
     * @return carried-over dossiers
     */
    @Override
    public long carriedOver() {
        return count(Cell.CARRIED_OVER);
    }

    /**
     * Returns the resolved dossiers: column (7) = (8) + (9) + (10).
     *
     * @return early, on-time and late dossiers
     */
    @Override
    public long resolved() {
        return early() + onTime() + late();
    }

    /**
     * Returns the dossiers resolved before their due date: column (8).
     *
     * @return early dossiers
     */
    @Override
    public long early() {
        return count(Cell.EARLY);
    }

    /**
     * Returns the dossiers resolved on their due date: column (9), official figures.
     *
     * @return on-time dossiers
     */
    @Override
    public long onTime() {
        return count(Cell.ON_TIME);
    }

    /**
     * Returns the dossiers resolved after their due date: column (10), official figures.
     *
     * @return late dossiers, excused ones included
     */
    @Override
    public long late() {
        return count(Cell.LATE);
    }

    /**
     * Returns the late dossiers excused in the adjusted figures.
     *
     * @return excused late dossiers
     */
    @Override
    public long lateExcused() {
        return count(Cell.LATE_EXCUSED);
    }

    /**
     * Returns the late dossiers in the adjusted figures.
     *
     * @return late minus excused
     */
    @Override
    public long lateAdjusted() {
        return late() - lateExcused();
    }

    /**
     * Returns the dossiers resolved on their due date in the adjusted figures, excused late ones
     * included.
     *
     * @return on time plus excused
     */
    public long onTimeAdjusted() {
        return onTime() + lateExcused();
    }

    /**
     * Returns the dossiers pending at the period's last day: column (11) = (12) + (13).
     *
     * @return pending dossiers
     */
    @Override
    public long pending() {
        return pendingWithin() + pendingOverdue();
    }

    /**
     * Returns the pending dossiers within their deadline: column (12).
     *
     * @return pending within deadline
     */
    @Override
    public long pendingWithin() {
        return count(Cell.PENDING_WITHIN);
    }

    /**
     * Returns the pending dossiers past their deadline: column (13).
     *
     * @return pending overdue
     */
    @Override
    public long pendingOverdue() {
        return count(Cell.PENDING_OVERDUE);
    }

    /**
     * Returns the refused dossiers.
     *
     * @return refused dossiers
     */
    @Override
    public long refused() {
        return count(Cell.REFUSED);
    }

    /**
     * Returns the withdrawn dossiers.
     *
     * @return withdrawn dossiers
     */
    @Override
    public long withdrawn() {
        return count(Cell.WITHDRAWN);
    }

    /**
     * Returns the dossiers whose processing was stopped.
     *
     * @return stopped dossiers
     */
    @Override
    public long stopped() {
        return count(Cell.STOPPED);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Tally that && Arrays.equals(counts, that.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    /**
     * Returns every count by its column's key, such as {@code Tally[received=3673, newOnline=...]}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return Arrays.stream(ReportColumn.values())
                .map(column -> column.key() + "=" + column.count(this))
                .collect(Collectors.joining(", ", "Tally[", "]"));
    }

    /** The stored counts; the report's columns are sums of them. */
    private enum Cell {
        NEW_DIRECT,
        NEW_ONLINE,
        NEW_POSTAL,
        CARRIED_OVER,
        EARLY,
        ON_TIME,
        LATE,
        LATE_EXCUSED,
        PENDING_WITHIN,
        PENDING_OVERDUE,
        REFUSED,
        WITHDRAWN,
        STOPPED;

        static Cell forChannel(Channel channel) {
            return switch (channel) {
                case DIRECT -> NEW_DIRECT;
                case ONLINE -> NEW_ONLINE;
                case POSTAL -> NEW_POSTAL;
            };
        }

        static Cell forTimeliness(Timeliness timeliness) {
            return switch (timeliness) {
                case EARLY -> EARLY;
                case ON_TIME -> ON_TIME;
                case LATE -> LATE;
                case PENDING_WITHIN -> PENDING_WITHIN;
                case PENDING_OVERDUE -> PENDING_OVERDUE;
                case REFUSED -> REFUSED;
                case WITHDRAWN -> WITHDRAWN;
                case STOPPED -> STOPPED;
            };
        }
    }

    /**
     * The mutable accumulator of the collector; one per thread. It is serializable, so that the
     * containers of rows counted on one machine can be merged on another.
     */
    private static final class Counter implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        @SuppressWarnings("serial") // a long array is serializable
        private final long[] counts = new long[Cell.values().length];

        void add(Counted counted) {
            Cell received = counted.inclusion() == Inclusion.CARRIED_OVER
                    ? Cell.CARRIED_OVER
                    : Cell.forChannel(counted.dossier().channel());
            counts[received.ordinal()]++;
            counts[Cell.forTimeliness(counted.timeliness()).ordinal()]++;
            if (counted.excusalReason().isPresent()) {
                counts[Cell.LATE_EXCUSED.ordinal()]++;
            }
        }

        private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
            in.defaultReadObject();
            if (counts == null || counts.length != Cell.values().length) {
                throw new java.io.InvalidObjectException("a tally's counter holds " + Cell.values().length + " counts");
            }
            for (long count : counts) {
                if (count < 0) {
                    throw new java.io.InvalidObjectException("a tally's counts are not negative: " + count);
                }
            }
        }

        Counter combine(Counter other) {
            for (int i = 0; i < counts.length; i++) {
                counts[i] += other.counts[i];
            }
            return this;
        }

        Tally toTally() {
            return new Tally(counts.clone());
        }
    }
}
