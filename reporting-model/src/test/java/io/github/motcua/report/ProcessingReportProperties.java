package io.github.motcua.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.period.PeriodKind;
import io.github.motcua.period.ReportingPeriod;
import io.github.motcua.sample.SyntheticDossiers;
import io.github.motcua.tally.Counted;
import io.github.motcua.timeliness.TimelinessClassifier;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Reports built from any generated set of dossiers keep their identities. */
class ProcessingReportProperties {
    @Property(tries = 50) // each try classifies up to 2,000 dossiers
    void aReportOfGeneratedDossiersKeepsItsIdentities(
            @ForAll @LongRange(min = 1, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 0, max = 2000) int count,
            @ForAll @IntRange(min = 1, max = 4) int quarter) {
        SyntheticDossiers sample = SyntheticDossiers.of(seed, 2023);
        ReportingPeriod period = ReportingPeriod.of(PeriodKind.QUARTER, 2023, quarter);
        TimelinessClassifier classifier = sample.classifier();

        ProcessingReport report = ProcessingReport.builder("P", "Province", period)
                .grouping(Grouping.UNIT)
                .rows(
                        sample.dossiers(count)
                                .flatMap(dossier -> Counted.inPeriod(dossier, period, classifier).stream()),
                        counted -> counted.dossier().resolvingUnitCode(),
                        code -> code,
                        sample.excusals())
                .build();

        List<ProcessingRow> rows = report.rows();
        assertThat(report.total().received())
                .isEqualTo(rows.stream().mapToLong(ProcessingRow::received).sum());
        assertThat(report.total().received())
                .isEqualTo(report.total().resolved()
                        + report.total().pending()
                        + report.total().withdrawn()
                        + report.total().refused()
                        + report.total().stopped());
        long excused = report.excusals().stream()
                .mapToLong(excusal -> excusal.dossiersByRow().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .sum();
        assertThat(excused).isEqualTo(report.total().lateExcused());
    }
}
