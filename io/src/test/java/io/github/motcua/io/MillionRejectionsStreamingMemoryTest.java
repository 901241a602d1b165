package io.github.motcua.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file whose every record is rejected reads in the same heap as one whose every record is
 * accepted: this class runs in the Surefire execution with {@code -Xmx256m}, where a million
 * rejections held in memory would not fit. They reach the sink in file order, counted once each.
 */
class MillionRejectionsStreamingMemoryTest {
    private static final int COUNT = 1_000_000;

    @Test
    void aMillionRejectionsStreamThroughAHeapOf256Megabytes(@TempDir Path directory) throws IOException {
        assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(256L * 1024 * 1024);
        Path file = directory.resolve("bad.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id,procedure_code,receiving_unit_code,resolving_unit_code,channel,received_at\n");
            for (int i = 1; i <= COUNT; i++) {
                out.write("HS-" + i + ",P1,U1,U1,DIRECT,not-a-date-" + i + "\n");
            }
        }
        java.util.Set<String> spillsBefore = spills();
        AtomicLong rejected = new AtomicLong();
        AtomicLong outOfOrder = new AtomicLong();

        ReadResult<Long> read = DossierReader.builder(DossierFormat.CSV)
                .build()
                .read(file, Function.identity(), Collectors.counting(), rejection -> {
                    if (rejection.record() != rejected.incrementAndGet()) {
                        outOfOrder.incrementAndGet();
                    }
                });

        assertThat(read.summary()).isEqualTo(new ReadSummary(COUNT, 0, COUNT));
        assertThat(rejected).hasValue(COUNT);
        assertThat(outOfOrder).hasValue(0);
        assertThat(spills()).as("the temporary files of rejections are deleted").isEqualTo(spillsBefore);
    }

    private static java.util.Set<String> spills() throws IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.startsWith("motcua-rejections-"))
                    .collect(Collectors.toSet());
        }
    }
}
