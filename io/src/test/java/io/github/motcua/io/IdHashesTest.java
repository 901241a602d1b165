package io.github.motcua.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shared table of id hashes grows past its expected size without losing or inventing a repeat. */
class IdHashesTest {
    private static void add(IdHashes table, long first, int count, Set<Long> seenTwice) {
        long[] batch = new long[IdHashes.BATCH];
        long[] scratch = new long[IdHashes.BATCH];
        int filled = 0;
        for (long id = first; id < first + count; id++) {
            batch[filled++] = IdHashes.hash("HS-" + id);
            if (filled == IdHashes.BATCH) {
                table.addAll(batch, filled, scratch, seenTwice);
                filled = 0;
            }
        }
        table.addAll(batch, filled, scratch, seenTwice);
    }

    @Test
    void aTableSizedForAFewIdsHoldsManyAndFindsEveryRepeat() {
        IdHashes table = new IdHashes(10); // 1,024 slots a segment: 200,000 ids make each grow several times
        Set<Long> seenTwice = new HashSet<>();

        add(table, 0, 200_000, seenTwice);
        assertThat(seenTwice).as("distinct ids").isEmpty();

        add(table, 199_990, 20, seenTwice);
        assertThat(seenTwice)
                .as("the 10 ids already added, and only those")
                .hasSize(10)
                .contains(IdHashes.hash("HS-199990"), IdHashes.hash("HS-199999"))
                .doesNotContain(IdHashes.hash("HS-200000"));
    }

    @Test
    void idsAreComparedInNfcAndLetterCaseCounts() {
        assertThat(IdHashes.hash("HS-Thua\u0323\u0302n")).isEqualTo(IdHashes.hash("HS-Thuận"));
        assertThat(IdHashes.hash("hs-1")).isNotEqualTo(IdHashes.hash("HS-1"));
        assertThat(IdHashes.hash("")).isNotZero();
    }
}
