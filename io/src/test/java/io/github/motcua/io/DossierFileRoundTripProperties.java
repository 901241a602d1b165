package io.github.motcua.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.dossier.Dossier;
import io.github.motcua.testkit.MotcuaArbitraries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Writing dossiers and reading them back preserves every field, in both formats. */
class DossierFileRoundTripProperties {
    @Provide
    Arbitrary<List<Dossier>> dossierFiles() {
        return MotcuaArbitraries.dossiers().list().ofMaxSize(8).uniqueElements(Dossier::id);
    }

    static byte[] written(DossierFormat format, List<Dossier> dossiers) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DossierWriter writer = DossierWriter.open(format, new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
            for (Dossier dossier : dossiers) {
                writer.write(dossier);
            }
        }
        return bytes.toByteArray();
    }

    private static List<Dossier> readBack(DossierFormat format, byte[] file) throws IOException {
        List<Dossier> read = new ArrayList<>();
        ReadSummary summary = DossierReader.builder(format)
                .strict(true)
                .build()
                .read(new ByteArrayInputStream(file), read::add, rejection -> {});
        assertThat(summary.rejected()).isZero();
        return read;
    }

    @Property(tries = 300) // each try builds a reader and a writer, whose JSON mappers take milliseconds
    void csvPreservesEveryField(@ForAll("dossierFiles") List<Dossier> dossiers) throws IOException {
        assertThat(readBack(DossierFormat.CSV, written(DossierFormat.CSV, dossiers)))
                .containsExactlyElementsOf(dossiers);
    }

    @Property(tries = 300) // each try builds a reader and a writer, whose JSON mappers take milliseconds
    void jsonLinesPreservesEveryField(@ForAll("dossierFiles") List<Dossier> dossiers) throws IOException {
        assertThat(readBack(DossierFormat.JSON_LINES, written(DossierFormat.JSON_LINES, dossiers)))
                .containsExactlyElementsOf(dossiers);
    }
}
