package io.github.motcua.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.sample.SyntheticDossiers;
import io.github.motcua.tally.Counted;
import io.github.motcua.timeliness.TimelinessClassifier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Report rows merge as a monoid: counted in parts, in any grouping of the merges, or in parallel,
 * the rows, findings and excusals are those counted in one pass.
 */
class ReportRowsProperties {
    private static List<Counted> counted(long seed, int count) {
        SyntheticDossiers sample = SyntheticDossiers.of(seed, 2023);
        TimelinessClassifier classifier = sample.classifier();
        return sample.dossiers(count)
                .flatMap(dossier -> Counted.inPeriod(dossier, sample.period(), classifier).stream())
                .toList();
    }

    private static ReportRows<String> rows(List<Counted> counted) {
        ReportRows<String> rows = ReportRows.of(byUnit(), code -> "Unit " + code, List.of());
        counted.forEach(rows);
        return rows;
    }

    private static Function<Counted, String> byUnit() {
        return counted -> counted.dossier().resolvingUnitCode();
    }

    private static ProcessingReport report(ReportRows<String> rows) {
        return ProcessingReport.builder(
                        "U", "Unit", SyntheticDossiers.of(1, 2023).period())
                .rows(rows)
                .build();
    }

    @Property(tries = 40) // each try generates and classifies a few hundred dossiers
    void rowsCountedInPartsAndMergedInAnyGroupingAreTheRowsCountedInOnePass(
            @ForAll @LongRange(min = 1, max = 1_000) long seed,
            @ForAll @IntRange(min = 0, max = 400) int count,
            @ForAll @IntRange(min = 0, max = 400) int firstCut,
            @ForAll @IntRange(min = 0, max = 400) int secondCut) {
        List<Counted> all = counted(seed, count);
        int first = Math.min(firstCut, all.size());
        int second = Math.max(first, Math.min(secondCut, all.size()));
        List<List<Counted>> parts =
                List.of(all.subList(0, first), all.subList(first, second), all.subList(second, all.size()));
        ProcessingReport whole = report(rows(all));

        ProcessingReport leftFirst =
                report(rows(parts.get(0)).merge(rows(parts.get(1))).merge(rows(parts.get(2))));
        ProcessingReport rightFirst =
                report(rows(parts.get(0)).merge(rows(parts.get(1)).merge(rows(parts.get(2)))));
        ProcessingReport parallel = report(new ArrayList<>(all)
                .parallelStream().collect(ReportRows.collector(byUnit(), code -> "Unit " + code, List.of())));

        assertThat(leftFirst).isEqualTo(whole);
        assertThat(rightFirst).isEqualTo(whole);
        assertThat(parallel).isEqualTo(whole);
        assertThat(whole.total().received()).isEqualTo(all.size());
    }

    @Property(tries = 20)
    void emptyRowsAreTheIdentityOfMerge(@ForAll @LongRange(min = 1, max = 1_000) long seed) {
        List<Counted> all = counted(seed, 150);
        ProcessingReport whole = report(rows(all));

        assertThat(report(rows(List.of()).merge(rows(all)))).isEqualTo(whole);
        assertThat(report(rows(all).merge(rows(List.of())))).isEqualTo(whole);
    }

    @Property(tries = 20)
    void rowsSerializedInPartsAndReadBackMergeIntoTheRowsCountedInOnePass(
            @ForAll @LongRange(min = 1, max = 1_000) long seed,
            @ForAll @IntRange(min = 0, max = 300) int count,
            @ForAll @IntRange(min = 0, max = 300) int cut) {
        List<Counted> all = counted(seed, count);
        int at = Math.min(cut, all.size());
        ProcessingReport whole = report(rows(all));

        ReportRows<String> merged = rows(List.of())
                .merge(readBack(rows(all.subList(0, at))))
                .merge(readBack(rows(all.subList(at, all.size()))));

        assertThat(report(merged)).isEqualTo(whole);
    }

    @Property(tries = 5)
    void rowsReadBackCountNoDossierAndHaveNoLabels(@ForAll @LongRange(min = 1, max = 1_000) long seed) {
        List<Counted> all = counted(seed, 50);
        ReportRows<String> back = readBack(rows(all));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> back.accept(all.get(0)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("merge them into rows made with");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> report(back))
                .isInstanceOf(IllegalStateException.class);
        assertThat(back.tallies()).isEqualTo(rows(all).tallies());
    }

    @SuppressWarnings("unchecked") // the rows written were rows of strings
    private static ReportRows<String> readBack(ReportRows<String> rows) {
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
                out.writeObject(rows);
            }
            try (java.io.ObjectInputStream in =
                    new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
                return (ReportRows<String>) in.readObject();
            }
        } catch (java.io.IOException | ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
