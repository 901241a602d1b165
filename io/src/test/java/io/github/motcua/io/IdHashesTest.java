package io.github.motcua.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared table of id hashes grows past its expected size, and spills past its memory budget to
 * temporary files, without losing or inventing a repeat; the files are gone when it is done.
 */
class IdHashesTest {
    private static final Path TEMP = Path.of(System.getProperty("java.io.tmpdir"));

    private static void add(IdHashes table, long first, int count, Set<Long> seenTwice) {
        List<Long> hashes = new ArrayList<>();
        for (long id = first; id < first + count; id++) {
            hashes.add(IdHashes.hash("HS-" + id));
        }
        add(table, hashes, seenTwice);
    }

    private static void add(IdHashes table, List<Long> hashes, Set<Long> seenTwice) {
        long[] batch = new long[IdHashes.BATCH];
        long[] scratch = new long[IdHashes.BATCH];
        int filled = 0;
        for (long hash : hashes) {
            batch[filled++] = hash;
            if (filled == IdHashes.BATCH) {
                table.addAll(batch, filled, scratch, seenTwice);
                filled = 0;
            }
        }
        table.addAll(batch, filled, scratch, seenTwice);
    }

    /** The hashes seen twice by a table with the given budget, finished and closed. */
    private static Set<Long> seenTwice(List<Long> hashes, long budget, Path directory) throws IOException {
        Set<Long> seenTwice = new HashSet<>();
        try (IdHashes table = new IdHashes(10, budget, directory)) {
            add(table, hashes, seenTwice);
            table.finish(seenTwice);
        }
        return seenTwice;
    }

    private static List<Path> files(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }

    @Test
    void aTableSizedForAFewIdsHoldsManyAndFindsEveryRepeat() throws IOException {
        // 1,024 slots a segment: 200,000 ids make each grow several times
        try (IdHashes table = new IdHashes(10, Long.MAX_VALUE, TEMP)) {
            Set<Long> seenTwice = new HashSet<>();

            add(table, 0, 200_000, seenTwice);
            assertThat(seenTwice).as("distinct ids").isEmpty();

            add(table, 199_990, 20, seenTwice);
            table.finish(seenTwice);
            assertThat(seenTwice)
                    .as("the 10 ids already added, and only those")
                    .hasSize(10)
                    .contains(IdHashes.hash("HS-199990"), IdHashes.hash("HS-199999"))
                    .doesNotContain(IdHashes.hash("HS-200000"));
        }
    }

    @Test
    void aTinyBudgetSpillsRunsToDiskAndFindsTheRepeatsAnUnboundedTableFinds(@TempDir Path directory)
            throws IOException {
        List<Long> hashes = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            hashes.add(IdHashes.hash("HS-" + i));
            if (i % 1_000 == 999) {
                hashes.add(IdHashes.hash("HS-" + i)); // at once: in the same table
            }
            if (i % 997 == 996) {
                hashes.add(IdHashes.hash("HS-" + i / 2)); // long after: in another run
            }
            if (i % 10_007 == 10_006) {
                hashes.add(IdHashes.hash("HS-42")); // ten times in all
            }
        }
        Map<Long, Long> counts = hashes.stream().collect(Collectors.groupingBy(hash -> hash, Collectors.counting()));
        Set<Long> repeated =
                counts.keySet().stream().filter(hash -> counts.get(hash) > 1).collect(Collectors.toSet());

        Set<Long> spilled = new HashSet<>();
        try (IdHashes table = new IdHashes(10, IdHashes.MIN_BUDGET, directory)) {
            add(table, hashes, spilled);
            assertThat(files(directory)).as("runs written").isNotEmpty();
            table.finish(spilled);
            assertThat(files(directory)).as("runs deleted when merged").isEmpty();
        }

        assertThat(repeated).hasSize(100 + 100 + 1);
        assertThat(seenTwice(hashes, Long.MAX_VALUE, directory)).isEqualTo(repeated);
        assertThat(spilled).isEqualTo(repeated);
    }

    @Property(tries = 50) // up to 10,000 hashes: some 150 a segment, in runs of 48 at the smallest budget
    void whateverTheBudgetTheHashesSeenTwiceAreThoseAddedMoreThanOnce(
            @ForAll @Size(max = 10_000) List<@IntRange(max = 5_000) Integer> ids,
            @ForAll @IntRange(min = 1, max = 8) int budgetInMinimums)
            throws IOException {
        List<Long> hashes = ids.stream().map(id -> IdHashes.hash("ID-" + id)).toList();
        Map<Long, Integer> counts = new HashMap<>();
        hashes.forEach(hash -> counts.merge(hash, 1, Integer::sum));
        Set<Long> repeated = counts.entrySet().stream()
                .filter(entry -> entry.getValue() > 1)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());

        assertThat(seenTwice(hashes, IdHashes.MIN_BUDGET * budgetInMinimums, TEMP))
                .isEqualTo(repeated);
    }

    @Test
    void closingATableThatWasNotFinishedDeletesItsRuns(@TempDir Path directory) throws IOException {
        IdHashes table = new IdHashes(10, IdHashes.MIN_BUDGET, directory);
        add(table, 0, 20_000, new HashSet<>());
        assertThat(files(directory)).isNotEmpty();

        table.close();

        assertThat(files(directory)).isEmpty();
    }

    @Test
    void aRunThatCannotBeWrittenFailsTheAddingAndTheFinish(@TempDir Path directory) throws IOException {
        Path missing = directory.resolve("missing");
        try (IdHashes table = new IdHashes(10, IdHashes.MIN_BUDGET, missing)) {
            assertThatThrownBy(() -> add(table, 0, 20_000, new HashSet<>()))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasCauseInstanceOf(IOException.class);
            assertThatThrownBy(() -> table.finish(new HashSet<>())).isInstanceOf(IOException.class);
        }
    }

    @Test
    void idsAreComparedInNfcAndLetterCaseCounts() {
        assertThat(IdHashes.hash("HS-Thua\u0323\u0302n")).isEqualTo(IdHashes.hash("HS-Thuận"));
        assertThat(IdHashes.hash("hs-1")).isNotEqualTo(IdHashes.hash("HS-1"));
        assertThat(IdHashes.hash("")).isNotZero();
    }
}
