package io.github.motcua.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.dossier.Dossier;
import io.github.motcua.sample.SyntheticDossiers;
import io.github.motcua.tally.Counted;
import io.github.motcua.tally.Tally;
import io.github.motcua.timeliness.TimelinessClassifier;
import java.util.List;
import net.jqwik.api.Example;

class SyntheticDossiersTest {
    private static final SyntheticDossiers SYNTHETIC = SyntheticDossiers.of(42, 2023);

    @Example
    void theSameSeedGivesTheSameDossiersSequentialOrParallel() {
        List<Dossier> sequential = SYNTHETIC.dossiers(2000).toList();

        assertThat(SYNTHETIC.dossiers(2000).parallel().toList()).isEqualTo(sequential);
        assertThat(SyntheticDossiers.of(42, 2023).dossier(1234)).isEqualTo(sequential.get(1234));
        assertThat(SyntheticDossiers.of(43, 2023).dossier(1234)).isNotEqualTo(sequential.get(1234));
    }

    @Example
    void aGeneratedYearHasEveryColumnOfTheReportFilledRealistically() {
        TimelinessClassifier classifier = TimelinessClassifier.builder()
                .deadlineRules(SYNTHETIC.deadlineRules())
                .excusals(SYNTHETIC.excusals())
                .build();
        Tally tally = SYNTHETIC
                .dossiers(20_000)
                .parallel()
                .flatMap(dossier -> Counted.inPeriod(dossier, SYNTHETIC.period(), classifier).stream())
                .collect(Tally.collector());

        assertThat(tally.received()).isEqualTo(20_000);
        assertThat(tally.early()).isGreaterThan(tally.onTime());
        assertThat(tally.onTime()).isGreaterThan(tally.late());
        assertThat(tally.late()).isPositive();
        assertThat(tally.pendingWithin() + tally.pendingOverdue()).isPositive();
        assertThat(tally.refused()).isPositive();
        assertThat(tally.withdrawn()).isPositive();
        assertThat(tally.stopped()).isPositive();
        assertThat(tally.newOnline()).isPositive();
        assertThat(tally.newDirectOrPostal()).isGreaterThan(tally.newOnline());
    }

    @Example
    void aNegativeCountOrAYearOutsideTheCalendarIsRefused() {
        assertThatThrownBy(() -> SYNTHETIC.dossiers(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SyntheticDossiers.of(1, 2013)).hasMessage("year must be between 2014 and 2034: 2013");
        assertThat(SyntheticDossiers.LABEL).contains("synthetic");
    }
}
