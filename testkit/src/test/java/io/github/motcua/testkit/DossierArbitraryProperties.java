package io.github.motcua.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.dossier.Dossier;
import io.github.motcua.dossier.Outcome;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsCoverage;

class DossierArbitraryProperties {
    private static final LocalDate FIRST = LocalDate.of(2023, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2023, 1, 31);

    @Provide
    Arbitrary<Dossier> january2023() {
        return MotcuaArbitraries.dossiers()
                .receivedBetween(FIRST, LAST)
                .procedureCodes(List.of("1.001193", "1.004227"))
                .unitCodes(List.of("14.100", "14.100.0001"));
    }

    @Property
    void configuredRangesAreRespected(@ForAll("january2023") Dossier dossier) {
        assertThat(dossier.receivedDate()).isBetween(FIRST, LAST);
        assertThat(dossier.procedureCode()).isIn("1.001193", "1.004227");
        assertThat(dossier.receivingUnitCode()).isIn("14.100", "14.100.0001");
        assertThat(dossier.resolvingUnitCode()).isIn("14.100", "14.100.0001");
    }

    // A distribution needs its sample whatever the default number of tries (mutation runs lower it).
    @Property(tries = 1000)
    void everyOutcomeAndPendingDossiersAreGenerated(@ForAll("january2023") Dossier dossier) {
        Statistics.label("outcome").collect(dossier.outcome().map(Outcome::name).orElse("PENDING"));
        Statistics.label("supplements").collect(dossier.supplementRequests().size());
        Statistics.label("extensions").collect(dossier.extensions().size());
        Statistics.label("waiting for the applicant")
                .collect(dossier.supplementRequests().stream()
                        .anyMatch(request -> request.answeredAt().isEmpty()));

        Statistics.label("outcome").coverage(coverage -> {
            for (Outcome outcome : Outcome.values()) {
                coverage.check(outcome.name()).percentage(percent -> percent > 5);
            }
            coverage.check("PENDING").percentage(percent -> percent > 5);
        });
        Statistics.label("supplements").coverage(atLeastOnce(0, 1, 2));
        Statistics.label("extensions").coverage(atLeastOnce(0, 1, 2));
        Statistics.label("waiting for the applicant").coverage(atLeastOnce(true, false));
    }

    private static Consumer<StatisticsCoverage> atLeastOnce(Object... values) {
        return coverage -> {
            for (Object value : values) {
                coverage.check(value).count(count -> count > 0);
            }
        };
    }

    @Property(tries = 200)
    void aSingleDayRangeGivesThatDay(@ForAll("oneDay") Dossier dossier) {
        assertThat(dossier.receivedDate()).isEqualTo(FIRST);
    }

    @Provide
    Arbitrary<Dossier> oneDay() {
        return MotcuaArbitraries.dossiers().receivedBetween(FIRST, FIRST);
    }

    @Example
    void anInvertedRangeOrAnEmptyCodeSetIsRefused() {
        assertThatThrownBy(() -> MotcuaArbitraries.dossiers().receivedBetween(LAST, FIRST))
                .isInstanceOf(DateTimeException.class)
                .hasMessageStartingWith("date range end 2023-01-01 is before its start 2023-01-31");
        assertThatThrownBy(() -> MotcuaArbitraries.dossiers().unitCodes(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unit codes must not be empty");
    }
}
