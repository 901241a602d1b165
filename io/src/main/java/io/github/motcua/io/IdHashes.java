package io.github.motcua.io;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.LongBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The 64-bit hashes of the ids accepted from a file, shared by the threads that read it: 8 bytes a
 * dossier in open-addressing tables, one per segment of the hash space, each with its own lock.
 * Hashes come in batches: a batch is sorted by segment, and each segment's share is first touched
 * and then inserted, so that the memory accesses of a batch overlap instead of waiting one after
 * another. Two equal hashes say only that two ids may be equal; the reader checks.
 *
 * <p>The tables together take at most a memory budget. A segment whose table is full at its share
 * of the budget writes its hashes, sorted, to a temporary file as a run, empties its table and goes
 * on; {@link #finish} merges each such segment's runs to find the hashes that came more than once,
 * so that the hashes seen twice are the same whatever the budget. A repeat within one table is
 * noted as it is added; a repeat across runs only by {@link #finish}. Closing deletes the files.
 */
final class IdHashes implements Closeable {
    /** How many hashes a reader gathers before adding them. */
    static final int BATCH = 4096;

    private static final int SEGMENT_BITS = 6;
    private static final int SEGMENTS = 1 << SEGMENT_BITS;

    /** The fewest slots a segment's table has, whatever the budget. */
    private static final int MIN_CAPACITY = 64;

    /** The smallest budget: every segment's table at its fewest slots. */
    static final long MIN_BUDGET = (long) SEGMENTS * MIN_CAPACITY * Long.BYTES;

    /** The bytes of a run read at a time when runs are merged, per run. */
    private static final int MERGE_BUFFER = 8 << 10;

    /** The bytes of a run written at a time. */
    private static final int WRITE_BUFFER = 64 << 10;

    private final Segment[] segments = new Segment[SEGMENTS];

    /**
     * Tables sized for an expected number of ids, so that they seldom grow, within a budget.
     *
     * @param expected the number of ids expected, an estimate
     * @param budget the bytes the tables may take together, at least {@link #MIN_BUDGET}; a
     *     segment's table has a power of two of slots, so the tables may stop short of it by half
     * @param directory where the runs of hashes go when the tables are full
     */
    IdHashes(long expected, long budget, Path directory) {
        int maxCapacity =
                (int) Long.highestOneBit(Math.min(1 << 30, Math.max(MIN_CAPACITY, budget / SEGMENTS / Long.BYTES)));
        long perSegment = Math.max(1024, expected / SEGMENTS * 5 / 3);
        int capacity = Integer.highestOneBit((int) Math.min(1 << 28, perSegment - 1)) << 1;
        for (int i = 0; i < SEGMENTS; i++) {
            segments[i] = new Segment(Math.min(capacity, maxCapacity), maxCapacity, directory);
        }
    }

    /** The budget when none is set: a quarter of the heap's limit. */
    static long defaultBudget() {
        return Math.max(MIN_BUDGET, Runtime.getRuntime().maxMemory() / 4);
    }

    /**
     * The form in which ids are compared: Unicode NFC, so that a Vietnamese id typed with combining
     * marks (NFD) and the same id precomposed are one dossier. Ids that differ only in letter case
     * stay distinct.
     */
    static String key(String id) {
        for (int i = 0; i < id.length(); i++) {
            if (id.charAt(i) >= 0xC0) { // below it every character is its own NFC form
                return Normalizer.normalize(id, Normalizer.Form.NFC);
            }
        }
        return id;
    }

    /** The hash of an id's {@linkplain #key key}: FNV-1a over its characters, then a finalising mix; never 0. */
    static long hash(String id) {
        String key = key(id);
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            hash = (hash ^ key.charAt(i)) * 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        hash ^= hash >>> 33;
        return hash == 0 ? 1 : hash;
    }

    /**
     * Adds a batch of hashes, noting in {@code seenTwice} each one that was already in its table;
     * the repeats of hashes written to a run are noted by {@link #finish}.
     *
     * @param hashes the hashes, from index 0
     * @param count how many
     * @param scratch an array at least as long as the batch, overwritten
     * @param seenTwice receives the hashes seen before
     * @throws UncheckedIOException if a run cannot be written, now or before
     */
    void addAll(long[] hashes, int count, long[] scratch, Set<Long> seenTwice) {
        int[] ends = new int[SEGMENTS + 1];
        for (int i = 0; i < count; i++) {
            ends[segment(hashes[i]) + 1]++;
        }
        for (int s = 0; s < SEGMENTS; s++) {
            ends[s + 1] += ends[s];
        }
        int[] next = ends.clone();
        for (int i = 0; i < count; i++) {
            scratch[next[segment(hashes[i])]++] = hashes[i];
        }
        for (int s = 0; s < SEGMENTS; s++) {
            if (ends[s + 1] > ends[s]) {
                segments[s].addAll(scratch, ends[s], ends[s + 1], seenTwice);
            }
        }
    }

    /**
     * Ends the adding: notes in {@code seenTwice} the hashes that came more than once across the
     * runs and tables of a segment that wrote runs, and lets go of the tables and files. No hash
     * may be added after.
     *
     * @param seenTwice receives the hashes that came more than once
     * @throws IOException if a run could not be written or cannot be read
     */
    void finish(Set<Long> seenTwice) throws IOException {
        for (Segment segment : segments) {
            segment.finish(seenTwice);
        }
    }

    /** Deletes the temporary files, if any; a read that failed leaves none. */
    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (Segment segment : segments) {
            try {
                segment.close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static int segment(long hash) {
        return (int) (hash >>> (64 - SEGMENT_BITS));
    }

    private static final class Segment {
        private long[] table;
        private int size;
        private final int maxCapacity;
        private final Path directory;
        /** Written so that the loads that touch a batch's slots are not left out. */
        @SuppressWarnings("unused")
        private long touched;

        /** The file of runs, once the table was first full; its runs follow one another. */
        private @Nullable Path file;

        private @Nullable FileChannel channel;
        /** How many hashes each run holds, in file order. */
        private final List<Integer> runs = new ArrayList<>();
        /** Why a run could not be written: the segment has lost hashes and is of no more use. */
        private @Nullable IOException failure;

        Segment(int capacity, int maxCapacity, Path directory) {
            this.table = new long[capacity];
            this.maxCapacity = maxCapacity;
            this.directory = directory;
        }

        synchronized void addAll(long[] hashes, int from, int to, Set<Long> seenTwice) {
            if (failure != null) {
                throw new UncheckedIOException(failure);
            }
            int mask = table.length - 1;
            long sum = 0;
            for (int i = from; i < to; i++) {
                sum += table[(int) hashes[i] & mask];
            }
            touched = sum;
            for (int i = from; i < to; i++) {
                if (!insert(table, hashes[i])) {
                    seenTwice.add(hashes[i]);
                } else if (++size > table.length / 4 * 3) {
                    if (table.length < maxCapacity) {
                        grow();
                    } else {
                        try {
                            spill();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }
            }
        }

        private void grow() {
            long[] larger = new long[table.length * 2];
            for (long old : table) {
                if (old != 0) {
                    insert(larger, old);
                }
            }
            table = larger;
        }

        private static boolean insert(long[] table, long hash) {
            int mask = table.length - 1;
            int slot = (int) hash & mask;
            while (table[slot] != 0) {
                if (table[slot] == hash) {
                    return false;
                }
                slot = (slot + 1) & mask;
            }
            table[slot] = hash;
            return true;
        }

        /** Writes the table's hashes, sorted, as a run at the end of the file, and empties the table. */
        private void spill() throws IOException {
            int count = 0;
            for (long hash : table) {
                if (hash != 0) {
                    table[count++] = hash;
                }
            }
            Arrays.sort(table, 0, count);
            try {
                FileChannel out = channel;
                if (out == null) {
                    Path created = Files.createTempFile(directory, "motcua-ids-", ".bin");
                    file = created;
                    out = FileChannel.open(created, StandardOpenOption.READ, StandardOpenOption.WRITE);
                    channel = out;
                }
                ByteBuffer buffer = ByteBuffer.allocate(WRITE_BUFFER);
                LongBuffer longs = buffer.asLongBuffer();
                for (int i = 0; i < count; i += longs.capacity()) {
                    int length = Math.min(longs.capacity(), count - i);
                    longs.clear();
                    longs.put(table, i, length);
                    buffer.clear().limit(length * Long.BYTES);
                    while (buffer.hasRemaining()) {
                        out.write(buffer);
                    }
                }
            } catch (IOException e) {
                failure = e;
                throw e;
            }
            runs.add(count);
            Arrays.fill(table, 0);
            size = 0;
        }

        synchronized void finish(Set<Long> seenTwice) throws IOException {
            IOException failed = failure;
            if (failed != null) {
                throw failed;
            }
            if (!runs.isEmpty()) {
                spill();
                merge(seenTwice);
            }
            table = new long[0];
            close();
        }

        /** Notes the hashes that more than one run holds; each run holds a hash at most once. */
        private void merge(Set<Long> seenTwice) throws IOException {
            FileChannel in = channel;
            if (in == null) {
                return;
            }
            PriorityQueue<Run> heads = new PriorityQueue<>(runs.size(), Comparator.comparingLong(Run::head));
            long position = 0;
            for (int count : runs) {
                Run run = new Run(in, position, position + (long) count * Long.BYTES);
                if (run.next()) {
                    heads.add(run);
                }
                position = run.end;
            }
            long previous = 0; // never a hash
            while (!heads.isEmpty()) {
                Run run = heads.poll();
                if (run.head == previous) {
                    seenTwice.add(previous);
                }
                previous = run.head;
                if (run.next()) {
                    heads.add(run);
                }
            }
        }

        synchronized void close() throws IOException {
            FileChannel open = channel;
            Path written = file;
            channel = null;
            file = null;
            runs.clear();
            try {
                if (open != null) {
                    open.close();
                }
            } finally {
                if (written != null) {
                    Files.deleteIfExists(written);
                }
            }
        }
    }

    /** A run of sorted hashes in a file, read a buffer at a time; its head is the hash at hand. */
    private static final class Run {
        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocate(MERGE_BUFFER).limit(0);
        private long position;
        private final long end;
        private long head;

        Run(FileChannel channel, long position, long end) {
            this.channel = channel;
            this.position = position;
            this.end = end;
        }

        long head() {
            return head;
        }

        /** Moves to the next hash; false at the end of the run. */
        boolean next() throws IOException {
            if (!buffer.hasRemaining()) {
                if (position == end) {
                    return false;
                }
                buffer.clear().limit((int) Math.min(buffer.capacity(), end - position));
                while (buffer.hasRemaining()) {
                    int read = channel.read(buffer, position);
                    if (read < 0) {
                        throw new EOFException("a temporary file of id hashes ended early");
                    }
                    position += read;
                }
                buffer.flip();
            }
            head = buffer.getLong();
            return true;
        }
    }
}
