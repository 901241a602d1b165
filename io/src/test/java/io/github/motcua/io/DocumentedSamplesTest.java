package io.github.motcua.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.dossier.Dossier;
import io.github.motcua.feedback.FeedbackItem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sample files that docs/formats.md links to are read without a single rejection. */
class DocumentedSamplesTest {
    private static final Path SAMPLES = Path.of("..", "docs", "samples");

    private static List<Dossier> dossiers(String file, DossierFormat format) throws IOException {
        List<Dossier> dossiers = new ArrayList<>();
        try (InputStream in = Files.newInputStream(SAMPLES.resolve(file))) {
            DossierReader.builder(format).strict(true).build().read(in, dossiers::add, rejection -> {});
        }
        return dossiers;
    }

    @Test
    void theDossierSamplesHoldTheSameDossiersInBothFormats() throws IOException {
        List<Dossier> csv = dossiers("dossiers.csv", DossierFormat.CSV);

        assertThat(csv).hasSize(5);
        assertThat(dossiers("dossiers.jsonl", DossierFormat.JSON_LINES)).isEqualTo(csv);
        assertThat(csv).anySatisfy(dossier -> assertThat(dossier.evaluations()).isNotEmpty());
    }

    @Test
    void theMasterSamplesReadWithoutRejections() throws IOException {
        try (InputStream units = Files.newInputStream(SAMPLES.resolve("units.jsonl"));
                InputStream procedures = Files.newInputStream(SAMPLES.resolve("procedures.jsonl"));
                InputStream excusals = Files.newInputStream(SAMPLES.resolve("excusals.jsonl"));
                InputStream facts = Files.newInputStream(SAMPLES.resolve("unit-facts.jsonl"))) {
            assertThat(JsonLinesReader.units().readAll(units)).hasSize(39);
            assertThat(JsonLinesReader.procedures().readAll(procedures)).hasSize(12);
            assertThat(JsonLinesReader.excusals().readAll(excusals)).hasSize(1);
            assertThat(JsonLinesReader.unitFacts().readAll(facts)).hasSize(2);
        }
    }

    @Test
    void theFeedbackSampleReadsWithOneItemOfEachKind() throws IOException {
        try (InputStream feedback = Files.newInputStream(SAMPLES.resolve("feedback.jsonl"))) {
            List<FeedbackItem> items = JsonLinesReader.feedbackItems().readAll(feedback);

            assertThat(items).extracting(FeedbackItem::published).containsExactly(true, false, false);
            assertThat(items).extracting(FeedbackItem::prolonged).containsExactly(false, true, false);
            assertThat(items.get(2).handledOn()).isEmpty();
        }
    }

    @Test
    void theVerdictSampleHasTheDocumentedColumns() throws IOException {
        assertThat(Files.readAllLines(SAMPLES.resolve("verdicts.csv")).get(0))
                .isEqualTo(String.join(",", VerdictWriter.COLUMNS));
    }
}
