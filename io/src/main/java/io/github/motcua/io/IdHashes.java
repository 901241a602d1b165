package io.github.motcua.io;

import java.text.Normalizer;
import java.util.Set;

/**
 * The 64-bit hashes of the ids accepted from a file, shared by the threads that read it: 8 bytes a
 * dossier in open-addressing tables, one per segment of the hash space, each with its own lock.
 * Hashes come in batches: a batch is sorted by segment, and each segment's share is first touched
 * and then inserted, so that the memory accesses of a batch overlap instead of waiting one after
 * another. Two equal hashes say only that two ids may be equal; the reader checks.
 */
final class IdHashes {
    /** How many hashes a reader gathers before adding them. */
    static final int BATCH = 4096;

    private static final int SEGMENT_BITS = 6;
    private static final int SEGMENTS = 1 << SEGMENT_BITS;

    private final Segment[] segments = new Segment[SEGMENTS];

    /**
     * Tables sized for an expected number of ids, so that they seldom grow.
     *
     * @param expected the number of ids expected, an estimate
     */
    IdHashes(long expected) {
        long perSegment = Math.max(1024, expected / SEGMENTS * 5 / 3);
        int capacity = Integer.highestOneBit((int) Math.min(1 << 28, perSegment - 1)) << 1;
        for (int i = 0; i < SEGMENTS; i++) {
            segments[i] = new Segment(capacity);
        }
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
     * Adds a batch of hashes, noting in {@code seenTwice} each one that was already there.
     *
     * @param hashes the hashes, from index 0
     * @param count how many
     * @param scratch an array at least as long as the batch, overwritten
     * @param seenTwice receives the hashes seen before
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

    private static int segment(long hash) {
        return (int) (hash >>> (64 - SEGMENT_BITS));
    }

    private static final class Segment {
        private long[] table;
        private int size;
        /** Written so that the loads that touch a batch's slots are not left out. */
        @SuppressWarnings("unused")
        private long touched;

        Segment(int capacity) {
            this.table = new long[capacity];
        }

        synchronized void addAll(long[] hashes, int from, int to, Set<Long> seenTwice) {
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
                    grow();
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
    }
}
