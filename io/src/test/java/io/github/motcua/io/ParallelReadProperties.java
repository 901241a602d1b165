package io.github.motcua.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.dossier.Dossier;
import io.github.motcua.testkit.MotcuaArbitraries;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Reading a file in byte ranges on several threads accepts the same dossiers, in the same order,
 * and rejects the same records with the same numbers, lines and reasons as reading it in one
 * thread: whatever the ranges' size, with duplicate ids, broken records, and line feeds inside
 * quoted cells. The progress of both reads adds up to the file's bytes.
 */
class ParallelReadProperties {
    /** A file's dossiers, some sharing ids, and lines to break. */
    record Case(List<Dossier> dossiers, List<Integer> broken) {}

    @Provide
    Arbitrary<Case> files() {
        Arbitrary<List<Dossier>> dossiers = MotcuaArbitraries.dossiers()
                .list()
                .ofMaxSize(25)
                .flatMap(list -> Arbitraries.integers()
                        .between(1, Math.max(1, list.size()))
                        .map(pool -> sharingIds(list, pool)));
        Arbitrary<List<Integer>> broken =
                Arbitraries.integers().between(0, 30).list().ofMaxSize(4);
        return Combinators.combine(dossiers, broken).as(Case::new);
    }

    /** Gives the dossiers ids from a pool, so that some come twice or more. */
    private static List<Dossier> sharingIds(List<Dossier> dossiers, int pool) {
        List<Dossier> shared = new ArrayList<>();
        for (int i = 0; i < dossiers.size(); i++) {
            Dossier dossier = dossiers.get(i);
            shared.add(
                    i % 3 == 0
                            ? dossier
                            : Dossier.builder()
                                    .from(dossier)
                                    .id("ID-" + (i % pool))
                                    .build());
        }
        return shared;
    }

    @Property(tries = 150) // each try writes and reads a file three times
    void csvInRangesReadsAsInOneThread(
            @ForAll("files") Case file,
            @ForAll @IntRange(min = 1, max = 400) int rangeBytes,
            @ForAll @IntRange(min = 1, max = 4) int threads)
            throws IOException {
        assertSameReads(DossierFormat.CSV, file, rangeBytes, threads);
    }

    @Property(tries = 100) // each try writes and reads a file three times
    void jsonLinesInRangesReadsAsInOneThread(
            @ForAll("files") Case file,
            @ForAll @IntRange(min = 1, max = 400) int rangeBytes,
            @ForAll @IntRange(min = 1, max = 4) int threads)
            throws IOException {
        assertSameReads(DossierFormat.JSON_LINES, file, rangeBytes, threads);
    }

    @Property(tries = 100) // each try writes and reads a file twice
    void theProgressOfAReadAddsUpToTheFileWhateverItsRangesAndWhateverIsReadAgain(
            @ForAll("files") Case file,
            @ForAll boolean csv,
            @ForAll @IntRange(min = 1, max = 400) int rangeBytes,
            @ForAll @IntRange(min = 1, max = 4) int threads)
            throws IOException {
        DossierFormat format = csv ? DossierFormat.CSV : DossierFormat.JSON_LINES;
        byte[] bytes = broken(DossierFileRoundTripProperties.written(format, file.dossiers()), file.broken());
        LongAdder oneThread = new LongAdder();
        DossierReader.builder(format)
                .progress(oneThread::add)
                .build()
                .read(new ByteArrayInputStream(bytes), dossier -> {}, rejection -> {});
        Path path = Files.createTempFile("motcua-progress", csv ? ".csv" : ".jsonl");
        LongAdder inRanges = new LongAdder();
        try {
            Files.write(path, bytes);
            DossierReader.builder(format)
                    .threads(threads)
                    .rangeBytes(rangeBytes)
                    .progress(bytesRead -> {
                        assertThat(bytesRead).isNotNegative();
                        inRanges.add(bytesRead);
                    })
                    .build()
                    .read(path, dossier -> dossier, Collectors.counting(), rejection -> {});
        } finally {
            Files.delete(path);
        }

        assertThat(oneThread.sum()).isEqualTo(bytes.length);
        assertThat(inRanges.sum()).isEqualTo(bytes.length);
    }

    private static void assertSameReads(DossierFormat format, Case file, int rangeBytes, int threads)
            throws IOException {
        byte[] bytes = broken(DossierFileRoundTripProperties.written(format, file.dossiers()), file.broken());
        List<Dossier> sequential = new ArrayList<>();
        List<Rejection> sequentialRejections = new ArrayList<>();
        ReadSummary oneThread = DossierReader.builder(format)
                .build()
                .read(new ByteArrayInputStream(bytes), sequential::add, sequentialRejections::add);
        Path path = Files.createTempFile("motcua-parallel", format == DossierFormat.CSV ? ".csv" : ".jsonl");
        try {
            Files.write(path, bytes);
            List<Rejection> rejections = new ArrayList<>();
            ReadResult<List<Dossier>> inRanges = DossierReader.builder(format)
                    .threads(threads)
                    .rangeBytes(rangeBytes)
                    .build()
                    .read(path, dossier -> dossier, Collectors.toList(), rejections::add);
            assertThat(inRanges.result()).containsExactlyElementsOf(sequential);
            assertThat(rejections).containsExactlyElementsOf(sequentialRejections);
            assertThat(inRanges.summary()).isEqualTo(oneThread);
        } finally {
            Files.delete(path);
        }
    }

    /** Cuts the given lines (after the first) in half, so that their records break. */
    private static byte[] broken(byte[] file, List<Integer> lines) {
        List<String> text =
                new ArrayList<>(new String(file, StandardCharsets.UTF_8).lines().toList());
        for (int line : lines) {
            if (line > 0 && line < text.size()) {
                String cut = text.get(line);
                text.set(line, cut.substring(0, cut.length() / 2));
            }
        }
        return (String.join("\n", text) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
