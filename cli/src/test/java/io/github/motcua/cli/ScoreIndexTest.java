package io.github.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.motcua.calendar.VietnamCalendars;
import io.github.motcua.deadline.DeadlineRules;
import io.github.motcua.dossier.Channel;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.Outcome;
import io.github.motcua.dossier.SupplementRequest;
import io.github.motcua.evidence.DossierEvidence;
import io.github.motcua.evidence.Subject;
import io.github.motcua.io.DossierFormat;
import io.github.motcua.io.DossierWriter;
import io.github.motcua.io.JsonLinesReader;
import io.github.motcua.io.ProcedureVersion;
import io.github.motcua.io.UnitFacts;
import io.github.motcua.io.json.MotcuaJson;
import io.github.motcua.period.ReportingPeriod;
import io.github.motcua.scoring.Schemes;
import io.github.motcua.scoring.ScoringScheme;
import io.github.motcua.scoring.qd766.Qd766Index;
import io.github.motcua.tally.Counted;
import io.github.motcua.timeliness.TimelinessClassifier;
import io.github.motcua.unit.UnitLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code motcua score} and the library give the same QĐ 766 index: both classify the dossiers under
 * the classification policy the scheme declares, not one the command line chooses.
 */
class ScoreIndexTest {
    private static final ReportingPeriod YEAR = ReportingPeriod.parse("2023");
    private static final String UNIT = "TC.X29";

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime)
                .atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                .toInstant();
    }

    /** Two dossiers of a 3-working-day procedure resolved on time; the second after two supplement requests. */
    private static List<Dossier> dossiers() {
        Dossier.Builder once = Dossier.builder()
                .id("HS-1")
                .procedureCode("MC.H01")
                .receivingUnitCode("TC.BPMC")
                .resolvingUnitCode(UNIT)
                .channel(Channel.DIRECT)
                .receivedAt(at("2023-03-01T09:00"))
                .outcome(Outcome.RESOLVED)
                .returnedAt(at("2023-03-03T09:00"));
        Dossier twice = Dossier.builder()
                .from(once.build())
                .id("HS-2")
                .addSupplementRequests(SupplementRequest.of(at("2023-03-01T10:00"), at("2023-03-01T11:00")))
                .addSupplementRequests(SupplementRequest.of(at("2023-03-02T09:00"), at("2023-03-02T10:00")))
                .build();
        return List.of(once.build(), twice);
    }

    private static BigDecimal libraryTotal(ScoringScheme scheme, TimelinessClassifier classifier, Path facts)
            throws IOException {
        List<DossierEvidence> evidence = dossiers().stream()
                .flatMap(dossier -> Counted.inPeriod(dossier, YEAR, classifier).stream())
                .map(counted -> DossierEvidence.of(counted.dossier(), counted.verdict(), counted.deadline()))
                .toList();
        UnitFacts unitFacts = JsonLinesReader.unitFacts().readAll(facts).stream()
                .filter(candidate -> candidate.unitCode().equals(UNIT))
                .findFirst()
                .orElseThrow();
        return scheme.score(unitFacts.evidence(Subject.unit(UNIT, "Bó Mười", UnitLevel.COMMUNE), evidence))
                .total();
    }

    @Test
    void theCommandLineScoresTheIndexAsTheLibraryDoesUnderTheSchemesOwnPolicy(@TempDir Path directory)
            throws IOException {
        Path dossierFile = directory.resolve("dossiers.jsonl");
        try (Writer file = Files.newBufferedWriter(dossierFile, StandardCharsets.UTF_8);
                DossierWriter writer = DossierWriter.open(DossierFormat.JSON_LINES, file)) {
            for (Dossier dossier : dossiers()) {
                writer.write(dossier);
            }
        }
        Path samples = Path.of("..", "docs", "samples");
        Path procedures = samples.resolve("procedures.jsonl");
        Path facts = samples.resolve("unit-facts.jsonl");
        ScoringScheme index = Schemes.installed().require(Qd766Index.ID);
        TimelinessClassifier legal = TimelinessClassifier.builder()
                .deadlineRules(DeadlineRules.builder()
                        .calendar(VietnamCalendars.official())
                        .catalogue(ProcedureVersion.catalogue(
                                JsonLinesReader.procedures().readAll(procedures)))
                        .build())
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = Motcua.run(
                new String[] {
                    "score",
                    "--scheme",
                    Qd766Index.ID,
                    "--format",
                    "json",
                    "--period",
                    "2023",
                    "--dossiers",
                    dossierFile.toString(),
                    "--evidence",
                    facts.toString(),
                    "--units",
                    samples.resolve("units.jsonl").toString(),
                    "--procedures",
                    procedures.toString()
                },
                out,
                new ByteArrayOutputStream());

        assertThat(exit).isZero();
        JsonNode entry =
                MotcuaJson.mapper().readTree(out.toByteArray()).get("entries").get(0);
        BigDecimal library = libraryTotal(index, legal.under(index.classification()), facts);
        assertThat(entry.get("subjectId").asText()).isEqualTo(UNIT);
        assertThat(entry.get("total").decimalValue()).isEqualByComparingTo(library);
        assertThat(libraryTotal(index, legal, facts))
                .as("the legal rules alone count the twice-requested dossier on time")
                .isGreaterThan(library);
    }
}
