package io.github.motcua.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.dossier.Dossier;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A parallel read whose id hashes outgrow their memory budget, and go to temporary files, finds
 * the same duplicate ids as one that keeps them in memory, and as a read in one thread.
 */
class DuplicateIdsSpillTest {
    private static final int COUNT = 100_000;
    private static final String DUPLICATE = "a dossier with this id was already accepted from the file";
    private static final Path TEMP = Path.of(System.getProperty("java.io.tmpdir"));

    /**
     * Dossiers, some given the id of one before them (near, far, or ten times over), some broken,
     * and some with an excusal text over many lines, so that ranges begin inside quoted cells.
     */
    private static Path dossiersWithRepeatedIds(Path directory) throws IOException {
        Path file = directory.resolve("dossiers.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id,procedure_code,receiving_unit_code,resolving_unit_code,channel,received_at,"
                    + "outcome,result_ready_at,returned_at,excusal_code,excusal_text\n");
            for (int i = 0; i < COUNT; i++) {
                int id = i % 1_009 == 1_008 ? i - 1 : i % 997 == 996 ? i / 3 : i % 9_973 == 9_972 ? 42 : i;
                boolean broken = i % 5_003 == 5_002;
                boolean lines = i % 10 == 0 && id == i && !broken; // a rejection would read its lines as records
                out.write("HS-" + id + ",1.000001,U1,U1," + (broken ? "FAX" : "DIRECT")
                        + ",2023-03-01T08:00:00+07:00,RESOLVED,,2023-03-03T10:00:00+07:00,"
                        + (lines ? "BQ,\"" + "Mất điện\n".repeat(20) + "\"" : ",")
                        + "\n");
            }
        }
        return file;
    }

    private static Set<String> spillFiles() throws IOException {
        try (Stream<Path> files = Files.list(TEMP)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.startsWith("motcua-ids-"))
                    .collect(Collectors.toSet());
        }
    }

    private static ReadResult<List<String>> read(Path file, DossierReader.Builder reader, List<Rejection> rejections)
            throws IOException {
        return reader.threads(2)
                .rangeBytes(256 << 10)
                .build()
                .read(file, Dossier::id, Collectors.toList(), rejections::add);
    }

    @Test
    void aReadWhoseIdHashesSpillToDiskAcceptsAndRejectsWhatAnInMemoryReadDoes(@TempDir Path directory)
            throws IOException {
        Path file = dossiersWithRepeatedIds(directory);
        List<String> inOneThread = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            DossierReader.builder(DossierFormat.CSV)
                    .build()
                    .read(in, dossier -> inOneThread.add(dossier.id()), rejection -> {});
        }
        Set<String> before = spillFiles();

        List<Rejection> inMemoryRejections = new ArrayList<>();
        ReadResult<List<String>> inMemory = read(file, DossierReader.builder(DossierFormat.CSV), inMemoryRejections);
        List<Rejection> spilledRejections = new ArrayList<>();
        ReadResult<List<String>> spilled = read(
                file, DossierReader.builder(DossierFormat.CSV).idMemoryBudget(IdHashes.MIN_BUDGET), spilledRejections);

        Map<String, Long> reasons =
                inMemoryRejections.stream().collect(Collectors.groupingBy(Rejection::reason, Collectors.counting()));
        assertThat(reasons)
                .containsOnlyKeys(DUPLICATE, "one of [DIRECT, ONLINE, POSTAL]")
                .hasEntrySatisfying(DUPLICATE, count -> assertThat(count).isGreaterThan(150));
        assertThat(spilledRejections).isEqualTo(inMemoryRejections);
        assertThat(spilled.summary()).isEqualTo(inMemory.summary());
        assertThat(spilled.result()).isEqualTo(inMemory.result()).isEqualTo(inOneThread);
        assertThat(spillFiles()).as("the runs of hashes are deleted").isSubsetOf(before);
    }

    @Test
    void aBudgetBelowTheSmallestIsRefused() {
        DossierReader.Builder reader = DossierReader.builder(DossierFormat.CSV);

        assertThatThrownBy(() -> reader.idMemoryBudget(IdHashes.MIN_BUDGET - 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the id memory budget must be at least 32768 bytes: 32767");
    }
}
