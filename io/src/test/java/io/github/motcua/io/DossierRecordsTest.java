package io.github.motcua.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.dossier.Dossier;
import io.github.motcua.sample.SyntheticDossiers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Single records read from their cells are accepted or rejected as the same records in a CSV file;
 * a stream's count and numbered read agree with its read.
 */
class DossierRecordsTest {
    private static final List<Dossier> DOSSIERS =
            SyntheticDossiers.of(3, 2023).dossiers(200).toList();

    @Test
    void aDossiersCellsReadBackToTheSameDossier() {
        DossierRecords records =
                DossierReader.builder(DossierFormat.CSV).build().records();

        for (Dossier dossier : DOSSIERS) {
            assertThat(records.read(DossierRecords.cells(dossier), 1, 2)).isEqualTo(dossier);
        }
    }

    @Test
    void aBrokenRecordIsRejectedAsTheSameRecordInAFile() throws IOException {
        List<String> cells = new ArrayList<>(DossierRecords.cells(DOSSIERS.get(0)));
        cells.set(DossierColumn.RECEIVED_AT.ordinal(), "2023-13-01T08:00");
        List<String> quoted = new ArrayList<>(DossierRecords.cells(DOSSIERS.get(1)));
        quoted.set(DossierColumn.RESOLVING_UNIT_CODE.ordinal(), "NO, SUCH \"UNIT\"");
        DossierReader reader = DossierReader.builder(DossierFormat.CSV)
                .procedures(DOSSIERS.stream().map(Dossier::procedureCode).toList())
                .units(DOSSIERS.stream().map(Dossier::receivingUnitCode).toList())
                .build();
        List<Rejection> inFile = new ArrayList<>();
        reader.read(csv(List.of(cells, quoted)), dossier -> {}, inFile::add);

        RejectedRecordException first = org.junit.jupiter.api.Assertions.assertThrows(
                RejectedRecordException.class, () -> reader.records().read(cells, 1, 2));
        RejectedRecordException second = org.junit.jupiter.api.Assertions.assertThrows(
                RejectedRecordException.class, () -> reader.records().read(quoted, 2, 3));

        assertThat(List.of(first.rejection(), second.rejection()))
                .isEqualTo(inFile)
                .hasSize(2);
    }

    @Test
    void aRecordWithTooFewCellsIsRefused() {
        DossierRecords records =
                DossierReader.builder(DossierFormat.CSV).build().records();

        assertThatThrownBy(() -> records.read(List.of("HS-1", "X"), 1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("17 cells");
    }

    @Test
    void idsTypedWithCombiningMarksHaveTheKeyOfTheirPrecomposedForm() {
        assertThat(DossierRecords.idKey("HS-Đ\u0061\u0300")).isEqualTo(DossierRecords.idKey("HS-Đà"));
        assertThat(DossierRecords.idKey("hs-1")).isNotEqualTo(DossierRecords.idKey("HS-1"));
    }

    @Test
    void aStreamsCountAndNumberedReadAgreeWithItsRead() throws IOException {
        String text = "\n"
                + new String(
                        csv(DOSSIERS.subList(0, 5).stream()
                                        .map(DossierRecords::cells)
                                        .toList())
                                .readAllBytes(),
                        StandardCharsets.UTF_8)
                + "\n\n" + "broken\n";
        DossierReader reader = DossierReader.builder(DossierFormat.CSV).build();
        List<Long> numbers = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();

        RecordCount count = reader.count(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        ReadSummary summary = reader.readNumbered(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                (dossier, record, line) -> {
                    numbers.add(record);
                    numbers.add(line);
                },
                rejected::add);

        assertThat(count)
                .isEqualTo(new RecordCount(
                        summary.read() + 1, text.chars().filter(c -> c == '\n').count()));
        assertThat(numbers).containsExactly(1L, 3L, 2L, 4L, 3L, 5L, 4L, 6L, 5L, 7L);
        assertThat(rejected)
                .extracting(Rejection::record, Rejection::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(6L, 10L));
    }

    private static ByteArrayInputStream csv(List<List<String>> records) throws IOException {
        StringWriter text = new StringWriter();
        text.write(String.join(
                        ",",
                        List.of(DossierColumn.values()).stream()
                                .map(DossierColumn::header)
                                .toList())
                + "\n");
        com.fasterxml.jackson.dataformat.csv.CsvMapper mapper = new com.fasterxml.jackson.dataformat.csv.CsvMapper();
        for (List<String> record : records) {
            text.write(mapper.writeValueAsString(record.toArray(new String[0])));
        }
        return new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
