package io.github.motcua.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Shares one string for each code read again and again, such as unit and procedure codes, so that
 * reading a code allocates nothing after its first time. Holds at most a fixed number of codes;
 * others are decoded each time. Not thread-safe: one per thread.
 */
final class CodeInterner {
    private static final int SLOTS = 4096;
    private static final int MAX_CODES = SLOTS / 2;
    private static final int MAX_LENGTH = 64;

    private final byte[][] keys = new byte[SLOTS][];
    private final String[] values = new String[SLOTS];
    private int size;

    /**
     * An interner that already holds some codes, such as those of the master lists, so that a code
     * read from a file is the very string the lists hold and compares by identity.
     *
     * @param codes the codes to start with
     */
    CodeInterner(Iterable<String> codes) {
        for (String code : codes) {
            byte[] bytes = code.getBytes(StandardCharsets.UTF_8);
            intern(bytes, 0, bytes.length, code);
        }
    }

    /** Returns the code in the bytes, the same string each time the same bytes come. */
    String intern(byte[] bytes, int from, int to) {
        return intern(bytes, from, to, null);
    }

    private String intern(byte[] bytes, int from, int to, @Nullable String known) {
        int length = to - from;
        if (length > MAX_LENGTH) {
            return new String(bytes, from, length, StandardCharsets.UTF_8);
        }
        int hash = 1;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + bytes[i];
        }
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
        while (true) {
            byte[] key = keys[slot];
            if (key == null) {
                String value = known != null ? known : new String(bytes, from, length, StandardCharsets.UTF_8);
                if (size < MAX_CODES) {
                    keys[slot] = Arrays.copyOfRange(bytes, from, to);
                    values[slot] = value;
                    size++;
                }
                return value;
            }
            if (Arrays.equals(key, 0, key.length, bytes, from, to)) {
                return values[slot];
            }
            slot = (slot + 1) & (SLOTS - 1);
        }
    }
}
