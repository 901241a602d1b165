package io.github.motcua.io;

import io.github.motcua.InvalidValueException;
import io.github.motcua.dossier.Dossier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * One read of a file on several threads (see {@link DossierReader#read(java.nio.file.Path,
 * Function, Collector, Consumer)}): the file is cut into byte ranges, each starting after a line
 * feed; each range is read on its own, with local record and line numbers.
 *
 * <ol>
 *   <li>Every range is read and collected; accepted ids go into the shared {@link IdHashes}, and
 *       the hashes seen twice are noted; past a memory budget the hashes go to temporary files,
 *       whose repeats are found after step 2.
 *   <li>A range whose start is not where the range before it ended (a line feed inside a quoted
 *       cell) is read again from there.
 *   <li>When hashes were seen twice, the file is read again to find, in file order, the records
 *       whose ids were accepted before; the ranges that hold them are read and collected again
 *       with those records rejected.
 *   <li>Record and line numbers are made global, rejections are given in file order, and the
 *       containers are combined in file order.
 * </ol>
 *
 * <p>The progress consumer hears of the bytes of each range as its first read takes them in, up to
 * where the next range starts, so that the amounts add up to the bytes after the header; the reads
 * again of steps 2 and 3 are not counted.
 */
final class ParallelRead<T, A, R> {
    /** The accepted records of a range, collected by its check instead. */
    private static final RecordLoop.Placed<Dossier> IGNORED = (dossier, record, line) -> {};

    /** The size of the byte ranges a file is cut into. */
    static final long DEFAULT_RANGE_BYTES = 16L << 20;

    private final FileChannel channel;
    private final RecordSplitter.Quotes quotes;
    private final int maxRecordBytes;
    private final Supplier<RecordLoop.Parser<Dossier>> parsers;
    private final Function<Dossier, RecordLoop.@Nullable Problem> checks;
    private final UnaryOperator<String> columnOfField;
    private final Function<? super Dossier, ? extends @Nullable T> mapper;
    private final Collector<? super T, A, R> collector;
    private final LongConsumer progress;
    private @Nullable IdHashes ids;
    private final Set<Long> seenTwice = ConcurrentHashMap.newKeySet();

    /** Every range's rejections, closed (their temporary files deleted) when the read ends. */
    private final List<RejectionSpill> spills = java.util.Collections.synchronizedList(new ArrayList<>());

    private RejectionSpill spill() {
        RejectionSpill spill = new RejectionSpill();
        spills.add(spill);
        return spill;
    }

    ParallelRead(
            FileChannel channel,
            RecordSplitter.Quotes quotes,
            int maxRecordBytes,
            Supplier<RecordLoop.Parser<Dossier>> parsers,
            Function<Dossier, RecordLoop.@Nullable Problem> checks,
            UnaryOperator<String> columnOfField,
            Function<? super Dossier, ? extends @Nullable T> mapper,
            Collector<? super T, A, R> collector,
            LongConsumer progress) {
        this.channel = channel;
        this.quotes = quotes;
        this.maxRecordBytes = maxRecordBytes;
        this.parsers = parsers;
        this.checks = checks;
        this.columnOfField = columnOfField;
        this.mapper = mapper;
        this.collector = collector;
        this.progress = progress;
    }

    /** What one range read: where it started and ended, its counts, container and rejections. */
    private final class Range {
        final long start;
        final long stopAt;
        long end;
        long records;
        long lines;

        @Nullable
        A container;

        /** Why a first read failed; it counts only if the range turns out to start where it should. */
        @Nullable
        RuntimeException failure;

        final RejectionSpill rejections = spill();
        final List<Occurrence> occurrences = new ArrayList<>();
        final Set<Long> hashes = new HashSet<>();

        Range(long start, long stopAt) {
            this.start = start;
            this.stopAt = stopAt;
        }
    }

    /** An accepted record whose id hash was seen twice: its range, number in the range, and id. */
    private record Occurrence(int range, long record, String id) {}

    /** How a range is read: collecting (first read, or again with duplicates), or finding occurrences. */
    private enum Pass {
        COLLECT,
        FIND,
        /** Notes the id hashes of the accepted records, as a collecting read adds them. */
        HASHES
    }

    /**
     * Reads the file from {@code start}, the line {@code firstLine}, keeping the id hashes within
     * {@code idBudget} bytes of memory (and the rest in temporary files).
     */
    ReadResult<R> run(
            long start,
            long firstLine,
            int threads,
            long rangeBytes,
            long idBudget,
            boolean strict,
            Consumer<Rejection> rejected)
            throws IOException {
        long size = channel.size();
        List<Long> starts = new ArrayList<>();
        starts.add(start);
        for (long nominal = start + rangeBytes; nominal < size; nominal += rangeBytes) {
            long next = afterLineFeed(nominal - 1, size);
            if (next > starts.get(starts.size() - 1) && next < size) {
                starts.add(next);
            }
        }
        int count = starts.size();
        IdHashes hashes =
                new IdHashes(expectedRecords(start, size), idBudget, Path.of(System.getProperty("java.io.tmpdir")));
        ids = hashes;
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, count), runnable -> {
            Thread thread = new Thread(runnable, "motcua-read");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Range> ranges = new ArrayList<>();
            List<Future<Range>> reads = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                long from = starts.get(i);
                long stopAt = i + 1 < count ? starts.get(i + 1) : size;
                int index = i;
                reads.add(pool.submit(() -> read(index, from, stopAt, Pass.COLLECT, Set.of(), Set.of(), progress)));
            }
            for (Future<Range> read : reads) {
                ranges.add(join(read));
            }
            realign(ranges);
            hashes.finish(seenTwice);
            if (!seenTwice.isEmpty()) {
                rejectDuplicates(ranges, pool);
            }
            return finish(ranges, firstLine, strict, rejected);
        } finally {
            pool.shutdownNow();
            awaitTermination(pool);
            try {
                synchronized (spills) {
                    for (RejectionSpill spill : spills) {
                        spill.close();
                    }
                }
            } finally {
                hashes.close();
            }
        }
    }

    /** Estimates the number of records from the lines in the first block after the header. */
    private long expectedRecords(long start, long size) throws IOException {
        ByteBuffer block = ByteBuffer.allocate(1 << 16);
        int read = Math.max(0, channel.read(block, start));
        int lines = 0;
        for (int i = 0; i < read; i++) {
            if (block.get(i) == '\n') {
                lines++;
            }
        }
        return lines == 0 ? 0 : (size - start) / Math.max(1, read / lines);
    }

    /** Reads again, from where the range before ended, each range that began inside a quoted cell. */
    private void realign(List<Range> ranges) throws IOException {
        long expected = ranges.get(0).start;
        for (int i = 0; i < ranges.size(); i++) {
            Range range = ranges.get(i);
            if (range.start != expected) {
                // The misaligned read added its ids' hashes. Read the same way again to know them,
                // so that the read from the right start adds only the others and does not take its
                // own ids for repeats (which would cost a second read of the file); after a failed
                // read, which may have added fewer, every hash is added and repeats are checked.
                Set<Long> added = range.failure == null
                        ? read(i, range.start, range.stopAt, Pass.HASHES, Set.of(), Set.of(), ParallelRead::uncounted)
                                .hashes
                        : Set.of();
                range = read(i, expected, range.stopAt, Pass.COLLECT, Set.of(), added, ParallelRead::uncounted);
                ranges.set(i, range);
            }
            RuntimeException failure = range.failure;
            if (failure instanceof UncheckedIOException io) {
                throw io.getCause(); // such as a run of id hashes not written; as join does
            }
            if (failure != null) {
                throw failure;
            }
            expected = range.end;
        }
    }

    /**
     * Finds, in file order, the accepted records whose id was accepted before, and reads again, with
     * them rejected, the ranges that hold them.
     */
    private void rejectDuplicates(List<Range> ranges, ExecutorService pool) throws IOException {
        List<Future<Range>> finds = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            Range range = ranges.get(i);
            int index = i;
            finds.add(pool.submit(() ->
                    read(index, range.start, range.stopAt, Pass.FIND, Set.of(), Set.of(), ParallelRead::uncounted)));
        }
        Set<String> accepted = new HashSet<>();
        List<Set<Long>> duplicates = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            duplicates.add(new HashSet<>());
        }
        for (Future<Range> find : finds) {
            for (Occurrence occurrence : join(find).occurrences) {
                if (!accepted.add(occurrence.id())) {
                    duplicates.get(occurrence.range()).add(occurrence.record());
                }
            }
        }
        List<Future<Range>> again = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            if (!duplicates.get(i).isEmpty()) {
                Range range = ranges.get(i);
                int index = i;
                Set<Long> rejects = duplicates.get(i);
                indexes.add(i);
                again.add(pool.submit(() -> read(
                        index, range.start, range.stopAt, Pass.COLLECT, rejects, Set.of(), ParallelRead::uncounted)));
            }
        }
        for (int i = 0; i < again.size(); i++) {
            ranges.set(indexes.get(i), join(again.get(i)));
        }
    }

    private ReadResult<R> finish(List<Range> ranges, long firstLine, boolean strict, Consumer<Rejection> rejected)
            throws IOException {
        long records = 0;
        long rejections = 0;
        long line = firstLine;
        A container = null;
        for (Range range : ranges) {
            long recordsBefore = records;
            long lineBefore = line;
            Rejection first = range.rejections.first();
            if (strict && first != null) {
                throw new RejectedRecordException(global(first, recordsBefore, lineBefore));
            }
            Consumer<Rejection> global = local -> rejected.accept(global(local, recordsBefore, lineBefore));
            range.rejections.forEach(global);
            records += range.records;
            rejections += range.rejections.size();
            line += range.lines;
            A next = range.container;
            if (next != null) {
                container = container == null ? next : collector.combiner().apply(container, next);
            }
        }
        A all = container == null ? collector.supplier().get() : container;
        return new ReadResult<>(
                collector.finisher().apply(all), new ReadSummary(records, records - rejections, rejections));
    }

    /** A range's rejection with the file's record and line numbers. */
    private static Rejection global(Rejection local, long recordsBefore, long lineBefore) {
        return new Rejection(
                recordsBefore + local.record(),
                lineBefore + local.line() - 1,
                local.id(),
                local.column(),
                local.value(),
                local.reason());
    }

    /**
     * Reads one range: in the collecting pass, collects what accepted records map to and rejects
     * the given duplicates; in the finding pass, notes the accepted records whose id hash was seen
     * twice. The range's bytes up to {@code stopAt} are counted to the given consumer, all of them
     * even when the read fails.
     */
    private Range read(
            int index, long from, long stopAt, Pass pass, Set<Long> duplicates, Set<Long> added, LongConsumer counted)
            throws IOException {
        Range range = new Range(from, stopAt);
        ChannelRangeStream bytes = new ChannelRangeStream(channel, from, stopAt, counted);
        try {
            return read(range, bytes, index, pass, duplicates, added);
        } catch (RuntimeException e) {
            if (pass != Pass.FIND && duplicates.isEmpty()) {
                range.failure = e; // perhaps a range that began inside a quoted cell: see realign
                return range;
            }
            throw e;
        } finally {
            bytes.countTheRest();
        }
    }

    private Range read(
            Range range, ChannelRangeStream bytes, int index, Pass pass, Set<Long> duplicates, Set<Long> added)
            throws IOException {
        long from = range.start;
        long stopAt = range.stopAt;
        RecordSplitter records = new RecordSplitter(bytes, quotes, maxRecordBytes, from, stopAt, 1);
        RecordLoop.Parser<Dossier> parser = parsers.get();
        A container = collector.supplier().get();
        long number = 0;
        IdHashes accepted = pass == Pass.COLLECT && duplicates.isEmpty() ? ids : null;
        long[] batch = new long[IdHashes.BATCH];
        long[] scratch = new long[IdHashes.BATCH];
        int[] batched = {0};
        long[] current = {0}; // the record's number, so that one check serves every record
        RecordLoop.Check<Dossier> accept = dossier -> {
            long record = current[0];
            RecordLoop.Problem problem = checks.apply(dossier);
            if (problem != null) {
                return problem;
            }
            T value = map(dossier);
            if (!duplicates.isEmpty() && duplicates.contains(record)) {
                return new RecordLoop.Problem(
                        columnOfField.apply("id"),
                        dossier.id(),
                        "a dossier with this id was already accepted from the file");
            }
            long hash = IdHashes.hash(dossier.id());
            if (pass == Pass.FIND) {
                if (seenTwice.contains(hash)) {
                    range.occurrences.add(new Occurrence(index, record, IdHashes.key(dossier.id())));
                }
            } else if (pass == Pass.HASHES) {
                range.hashes.add(hash);
            } else {
                if (accepted != null && (added.isEmpty() || !added.contains(hash))) {
                    batch[batched[0]++] = hash;
                    if (batched[0] == batch.length) {
                        accepted.addAll(batch, batched[0], scratch, seenTwice);
                        batched[0] = 0;
                    }
                }
                if (value != null) {
                    collector.accumulator().accept(container, value);
                }
            }
            return null;
        };
        while (records.next()) {
            long record = ++number;
            current[0] = record;
            Rejection rejection = RecordLoop.record(records, record, parser, accept, columnOfField, IGNORED);
            if (rejection != null && pass == Pass.COLLECT) {
                range.rejections.add(rejection);
            }
        }
        if (accepted != null) {
            accepted.addAll(batch, batched[0], scratch, seenTwice);
        }
        range.end = records.end();
        range.lines = records.nextLine() - 1;
        range.records = number;
        range.container = container;
        return range;
    }

    /** The progress of a read again, which was counted when first read. */
    private static void uncounted(long bytes) {}

    /** Maps a dossier; the mapper's refusal is a rejection of the record. */
    private @Nullable T map(Dossier dossier) {
        try {
            return mapper.apply(dossier);
        } catch (InvalidValueException invalid) {
            throw invalid;
        } catch (IllegalArgumentException | DateTimeException refused) {
            throw new Cells.BadCell("", "", String.valueOf(refused.getMessage()));
        }
    }

    /** The offset after the first line feed at or after an offset, or the file's size. */
    private long afterLineFeed(long offset, long size) throws IOException {
        ByteBuffer block = ByteBuffer.allocate(1 << 14);
        long position = offset;
        while (position < size) {
            block.clear();
            int read = channel.read(block, position);
            if (read <= 0) {
                break;
            }
            for (int i = 0; i < read; i++) {
                if (block.get(i) == '\n') {
                    return position + i + 1;
                }
            }
            position += read;
        }
        return size;
    }

    private static void awaitTermination(ExecutorService pool) {
        try {
            if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the reading threads did not stop within a minute");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static <V> V join(Future<V> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the read was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
