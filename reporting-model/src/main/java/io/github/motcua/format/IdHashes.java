package io.github.motcua.format;

/**
 * The 64-bit hashes of the ids accepted from a file, shared by the threads that read it: 8 bytes a
 * dossier in open-addressing tables, one per segment of the hash space, each with its own lock so
 * that threads seldom wait. Two equal hashes say only that two ids may be equal; the reader checks.
 */
final class IdHashes {
    private static final int SEGMENT_BITS = 6;

    private final Segment[] segments = new Segment[1 << SEGMENT_BITS];

    IdHashes() {
        for (int i = 0; i < segments.length; i++) {
            segments[i] = new Segment();
        }
    }

    /** The hash of an id: FNV-1a over its characters, then a finalising mix; never 0. */
    static long hash(String id) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            hash = (hash ^ id.charAt(i)) * 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        hash ^= hash >>> 33;
        return hash == 0 ? 1 : hash;
    }

    /** Adds a hash; returns false when it was already there. */
    boolean add(long hash) {
        return segments[(int) (hash >>> (64 - SEGMENT_BITS))].add(hash);
    }

    private static final class Segment {
        private long[] table = new long[1 << 10];
        private int size;

        synchronized boolean add(long hash) {
            if (!insert(table, hash)) {
                return false;
            }
            if (++size > table.length / 4 * 3) {
                long[] larger = new long[table.length * 2];
                for (long old : table) {
                    if (old != 0) {
                        insert(larger, old);
                    }
                }
                table = larger;
            }
            return true;
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
