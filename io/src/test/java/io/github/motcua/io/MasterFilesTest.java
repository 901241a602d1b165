package io.github.motcua.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.dossier.Dossier;
import io.github.motcua.evidence.DeskProcessing;
import io.github.motcua.evidence.Publication;
import io.github.motcua.sample.ThuanChau2023;
import io.github.motcua.timeliness.TimelinessClassifier;
import io.github.motcua.unit.Unit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Units, procedures, excusals and unit facts as JSON Lines; verdicts as CSV. */
class MasterFilesTest {
    private static final ThuanChau2023 SAMPLE = ThuanChau2023.load();

    private static <T> byte[] jsonLines(List<T> values) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonLinesWriter<T> writer = JsonLinesWriter.open(new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
            for (T value : values) {
                writer.write(value);
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void unitsProceduresAndExcusalsRoundTrip() throws IOException {
        List<ProcedureVersion> procedures = SAMPLE.procedures().stream()
                .map(procedure -> new ProcedureVersion(LocalDate.of(2013, 5, 1), procedure))
                .toList();

        assertThat(JsonLinesReader.units().readAll(new ByteArrayInputStream(jsonLines(SAMPLE.units()))))
                .isEqualTo(SAMPLE.units());
        assertThat(JsonLinesReader.procedures().readAll(new ByteArrayInputStream(jsonLines(procedures))))
                .isEqualTo(procedures);
        assertThat(JsonLinesReader.excusals().readAll(new ByteArrayInputStream(jsonLines(SAMPLE.excusals()))))
                .isEqualTo(SAMPLE.excusals());
    }

    @Test
    void unitFactsRoundTripAndBecomeEvidence() throws IOException {
        UnitFacts facts = new UnitFacts(
                "TC.X01",
                Optional.of(new DeskProcessing(4, 4, true)),
                Map.of("MC.X01", Publication.ON_SITE_AND_ELECTRONIC),
                Optional.empty(),
                Optional.of(new OnlineProcedures(4, 4)),
                Map.of("dossiers-digitised", new io.github.motcua.evidence.Share(80, 100)));

        List<UnitFacts> read = JsonLinesReader.unitFacts().readAll(new ByteArrayInputStream(jsonLines(List.of(facts))));

        assertThat(read).containsExactly(facts);
        assertThat(new String(jsonLines(List.of(facts)), StandardCharsets.UTF_8))
                .isEqualTo("{\"unitCode\":\"TC.X01\","
                        + "\"deskProcessing\":{\"procedures\":4,\"fullyAtDesk\":4,\"allEligibleAtDesk\":true},"
                        + "\"publication\":{\"MC.X01\":\"ON_SITE_AND_ELECTRONIC\"},"
                        + "\"onlineProcedures\":{\"eligible\":4,\"online\":4},"
                        + "\"measures\":{\"dossiers-digitised\":{\"part\":80,\"whole\":100}}}\n");
    }

    @Test
    void aUnitFactsLineMayLeaveOutItsMaps() throws IOException {
        byte[] line = "{\"unitCode\":\"TC.X01\"}\n".getBytes(StandardCharsets.UTF_8);

        UnitFacts facts = JsonLinesReader.unitFacts()
                .readAll(new ByteArrayInputStream(line))
                .get(0);

        assertThat(facts.publication()).isEmpty();
        assertThat(facts.measures()).isEmpty();
    }

    @Test
    void anOverlappingVersionOfAUnitAndAnInvalidLineAreRejectedWithTheirLines() throws IOException {
        Unit first = SAMPLE.units().get(0);
        String file = new String(jsonLines(List.of(first, SAMPLE.units().get(1), first)), StandardCharsets.UTF_8)
                + "{\"code\":\"X\"}\n";
        List<Rejection> rejected = new ArrayList<>();

        ReadSummary summary = JsonLinesReader.units()
                .read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), unit -> {}, rejected::add);

        assertThat(summary).isEqualTo(new ReadSummary(4, 2, 2));
        assertThat(rejected.get(0).line()).isEqualTo(3);
        assertThat(rejected.get(0).reason())
                .startsWith("unit " + first.code() + ": this version (line 3) and the version of line 1 overlap: ");
        assertThat(rejected.get(1).line()).isEqualTo(4);
        assertThat(rejected.get(1).reason()).isEqualTo("required field(s) missing: name, level, kind, effectiveFrom");
    }

    @Test
    void aUnitMayHaveSeveralDatedVersions() throws IOException {
        Unit district = SAMPLE.units().get(0);
        Unit renamed = Unit.builder()
                .from(district)
                .name("Tên mới")
                .effectiveFrom(district.effectiveUntil().orElseThrow().plusDays(1))
                .effectiveUntil(Optional.empty())
                .build();

        assertThat(JsonLinesReader.units().readAll(new ByteArrayInputStream(jsonLines(List.of(district, renamed)))))
                .containsExactly(district, renamed);
    }

    @Test
    void aStrictReadStopsAtTheFirstBadLine() {
        byte[] file = "{\"code\":\"X\"}\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> JsonLinesReader.units().readAll(new ByteArrayInputStream(file)))
                .isInstanceOf(RejectedRecordException.class)
                .hasMessageStartingWith("record 1 (line 1)");
    }

    @Test
    void verdictsShowEachDossiersClassDueDateEndAndExcusal() throws IOException {
        TimelinessClassifier classifier = TimelinessClassifier.builder()
                .deadlineRules(SAMPLE.deadlineRules())
                .excusals(SAMPLE.excusals())
                .build();
        Dossier excused = SAMPLE.dossiers().get(0); // due during the outage of December 2022
        StringWriter text = new StringWriter();

        try (VerdictWriter writer = VerdictWriter.open(text)) {
            writer.write(classifier.classify(excused, SAMPLE.period().end()));
        }

        List<String> lines = text.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", VerdictWriter.COLUMNS));
        assertThat(lines.get(1))
                .startsWith(excused.id() + ",2023-12-14,LATE,ON_TIME,2022-12-26,")
                .contains("Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Sơn La");
    }
}
