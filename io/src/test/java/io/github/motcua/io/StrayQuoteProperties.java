package io.github.motcua.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.dossier.Dossier;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The recovery rule for malformed quoting (docs/formats.md): over generated files with stray quotes
 * injected, every line is either an accepted dossier or the first line of a rejection, never
 * swallowed by another record, read serially or in byte ranges on several threads, with line feeds
 * allowed in cells or not.
 */
class StrayQuoteProperties {
    private static final String HEADER =
            "id,procedure_code,receiving_unit_code,resolving_unit_code,channel,received_at";

    /**
     * 0: none; 1: a quote opening the id; 2: a quote opening the procedure; 3: a quote ending the
     * instant; 4: a quote inside the id; 5: a quote opening the instant (closed by a later 3 at the
     * same column, it makes a record of the right width).
     */
    @Provide
    Arbitrary<List<Integer>> defects() {
        return Arbitraries.integers()
                .between(0, 5)
                .withDistribution(net.jqwik.api.RandomDistribution.uniform())
                .list()
                .ofMinSize(1)
                .ofMaxSize(60);
    }

    private static String line(int index, int defect) {
        String id = "HS-" + index;
        String procedure = "P1";
        String received = "2023-03-01T09:00:00+07:00";
        switch (defect) {
            case 1 -> id = "\"" + id;
            case 2 -> procedure = "\"" + procedure;
            case 3 -> received = received + "\"";
            case 4 -> id = "HS-\"" + index;
            case 5 -> received = "\"" + received;
            default -> {}
        }
        return String.join(",", id, procedure, "U1", "U1", "DIRECT", received);
    }

    @Property(tries = 500)
    void everyLineIsAnAcceptedDossierOrTheFirstLineOfARejection(
            @ForAll("defects") List<Integer> defects,
            @ForAll @IntRange(min = 64, max = 600) int rangeBytes,
            @ForAll @IntRange(min = 1, max = 3) int threads,
            @ForAll boolean lineFeedsInCells)
            throws IOException {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < defects.size(); i++) {
            lines.add(line(i + 1, defects.get(i)));
        }
        byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);

        List<Dossier> accepted = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        ReadSummary serial = DossierReader.builder(DossierFormat.CSV)
                .lineFeedsInCells(lineFeedsInCells)
                .build()
                .read(new ByteArrayInputStream(bytes), accepted::add, rejected::add);
        assertEveryLineAccountedFor(defects.size(), accepted, rejected, serial);

        Path file = Files.createTempFile("motcua-quotes", ".csv");
        try {
            Files.write(file, bytes);
            List<Rejection> inRanges = new ArrayList<>();
            ReadResult<List<Dossier>> parallel = DossierReader.builder(DossierFormat.CSV)
                    .lineFeedsInCells(lineFeedsInCells)
                    .threads(threads)
                    .rangeBytes(rangeBytes)
                    .build()
                    .read(file, dossier -> dossier, Collectors.toList(), inRanges::add);
            assertThat(parallel.result()).containsExactlyElementsOf(accepted);
            assertThat(inRanges).containsExactlyElementsOf(rejected);
            assertThat(parallel.summary()).isEqualTo(serial);
        } finally {
            Files.delete(file);
        }
    }

    private static void assertEveryLineAccountedFor(
            int dataLines, List<Dossier> accepted, List<Rejection> rejected, ReadSummary summary) {
        Set<String> ids = accepted.stream().map(Dossier::id).collect(Collectors.toSet());
        Set<Long> rejectedLines = new HashSet<>();
        rejected.forEach(rejection -> rejectedLines.add(rejection.line()));
        for (int i = 1; i <= dataLines; i++) {
            boolean isAccepted = ids.contains("HS-" + i) || ids.contains("HS-\"" + i);
            boolean isRejected = rejectedLines.contains((long) i + 1);
            assertThat(isAccepted ^ isRejected)
                    .as("line %d is accepted or rejected, exactly one of the two", i + 1)
                    .isTrue();
        }
        assertThat(summary.read()).isEqualTo(dataLines);
        assertThat(summary.accepted() + summary.rejected()).isEqualTo(summary.read());
    }
}
