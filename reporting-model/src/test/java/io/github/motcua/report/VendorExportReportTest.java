package io.github.motcua.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.calendar.VietnamCalendars;
import io.github.motcua.deadline.DeadlineRules;
import io.github.motcua.dossier.Dossier;
import io.github.motcua.io.DossierFormat;
import io.github.motcua.io.DossierReader;
import io.github.motcua.io.ExportMapping;
import io.github.motcua.io.ExportReader;
import io.github.motcua.io.JsonLinesReader;
import io.github.motcua.io.ProcedureVersion;
import io.github.motcua.period.ReportingPeriod;
import io.github.motcua.tally.Counted;
import io.github.motcua.timeliness.Attribution;
import io.github.motcua.timeliness.TimelinessClassifier;
import io.github.motcua.unit.Unit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A vendor's export of the sample dossiers gives the Biểu 06 that the native sample gives. */
class VendorExportReportTest {
    private static final Path SAMPLES = Path.of("..", "docs", "samples");

    private static ProcessingReport bieu06(List<Dossier> dossiers) throws IOException {
        List<ProcedureVersion> procedures = JsonLinesReader.procedures().readAll(SAMPLES.resolve("procedures.jsonl"));
        List<Unit> units = JsonLinesReader.units().readAll(SAMPLES.resolve("units.jsonl"));
        TimelinessClassifier classifier = TimelinessClassifier.builder()
                .deadlineRules(DeadlineRules.builder()
                        .calendar(VietnamCalendars.official())
                        .catalogue(ProcedureVersion.catalogue(procedures))
                        .build())
                .build();
        ReportingPeriod year = ReportingPeriod.year(2023);
        RowGrouping<String> rows = RowGrouping.byUnit(Attribution.RESOLVING_UNIT, units);
        return ProcessingReport.builder("TC", "UBND huyện Thuận Châu", year)
                .grouping(rows.grouping())
                .rows(
                        dossiers.stream().flatMap(dossier -> Counted.inPeriod(dossier, year, classifier).stream()),
                        rows.key(),
                        rows.label(),
                        List.of())
                .build();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"vendor-csv/export.csv", "vendor-xlsx/export.xlsx"})
    void eachSampleExportGivesTheNativeSamplesBieu06(String export) throws IOException {
        List<Dossier> exported = new ArrayList<>();
        List<Dossier> nativeDossiers = new ArrayList<>();
        Path file = SAMPLES.resolve(export);
        try (InputStream mapping = Files.newInputStream(file.resolveSibling("mapping.json"));
                InputStream dossiers = Files.newInputStream(SAMPLES.resolve("dossiers.csv"))) {
            ExportReader.of(ExportMapping.read(mapping))
                    .read(file, DossierReader.forRecords().build(), exported::add, rejection -> {
                        throw new AssertionError(rejection.toString());
                    });
            DossierReader.builder(DossierFormat.CSV).build().read(dossiers, nativeDossiers::add, rejection -> {});
        }

        ProcessingReport fromExport = bieu06(exported);

        assertThat(fromExport).isEqualTo(bieu06(nativeDossiers));
        assertThat(fromExport.row(ProcessingReport.TOTAL).received())
                .as("the 2023 window, from 15/12/2022, holds all five")
                .isEqualTo(5);
    }
}
