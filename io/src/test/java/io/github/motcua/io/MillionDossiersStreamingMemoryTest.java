package io.github.motcua.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.dossier.Dossier;
import io.github.motcua.sample.SyntheticDossiers;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A million-record file streams through the writer and the reader in a JVM whose heap is capped at
 * 256 MB (this class runs in its own Surefire execution with {@code -Xmx256m}): holding the file or
 * its dossiers in memory would fail with an OutOfMemoryError.
 */
class MillionDossiersStreamingMemoryTest {
    private static final int COUNT = 1_000_000;

    @Test
    void aMillionDossiersStreamThroughAHeapOf256Megabytes(@TempDir Path directory) throws IOException {
        assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(256L * 1024 * 1024);
        Path file = directory.resolve("dossiers.csv");
        Iterator<Dossier> generated =
                SyntheticDossiers.of(7L, 2023).dossiers(COUNT).iterator();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                DossierWriter writer = DossierWriter.open(DossierFormat.CSV, out)) {
            while (generated.hasNext()) {
                writer.write(generated.next());
            }
        }
        AtomicLong accepted = new AtomicLong();
        AtomicLong resolved = new AtomicLong();

        ReadSummary summary;
        try (InputStream in = Files.newInputStream(file)) {
            summary = DossierReader.builder(DossierFormat.CSV)
                    .build()
                    .read(
                            in,
                            dossier -> {
                                accepted.incrementAndGet();
                                dossier.outcome().ifPresent(outcome -> resolved.incrementAndGet());
                            },
                            rejection -> {});
        }

        assertThat(summary).isEqualTo(new ReadSummary(COUNT, COUNT, 0));
        assertThat(accepted).hasValue(COUNT);
        assertThat(resolved.get()).isPositive();
    }
}
