package io.github.motcua.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.unit.UnitLevel;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class EvidenceTest {
    private static final Subject COMMUNE = Subject.unit("X1", "UBND xã Phổng Lái", UnitLevel.COMMUNE);

    private static Evidence.Builder full() {
        return Evidence.builder(COMMUNE)
                .deskProcessing(new DeskProcessing(4, 4, true))
                .publication("MC.X01", Publication.ON_SITE_AND_ELECTRONIC)
                .feedback(new FeedbackHandling(1, 1, 0))
                .onlineServices(new OnlineServices(4, 4, 10, 6, 0))
                .measure("online-share", new Share(6, 10));
    }

    @Test
    void evidenceIsEqualByEveryFact() {
        Evidence evidence = full().build();

        assertThat(full().build()).isEqualTo(evidence).hasSameHashCodeAs(evidence);
        List<UnaryOperator<Evidence.Builder>> changes = List.of(
                builder -> builder.deskProcessing(new DeskProcessing(4, 3, true)),
                builder -> builder.publication("MC.X01", Publication.ONE_OF_TWO),
                builder -> builder.feedback(new FeedbackHandling(2, 1, 0)),
                builder -> builder.onlineServices(new OnlineServices(4, 4, 10, 5, 0)),
                builder -> builder.measure("online-share", new Share(5, 10)));
        for (UnaryOperator<Evidence.Builder> change : changes) {
            assertThat(change.apply(full()).build()).isNotEqualTo(evidence);
        }
        assertThat(Evidence.builder(Subject.unit("X2", "UBND xã Chiềng Ly", UnitLevel.COMMUNE))
                        .build())
                .isNotEqualTo(Evidence.builder(COMMUNE).build());
        assertThat(evidence).isNotEqualTo(COMMUNE);
    }

    @Test
    void evidenceWithOtherDossiersKeepsItsOtherFactsAndSaysWhatItHolds() {
        Evidence evidence = full().build();

        assertThat(evidence.withDossiers(List.of())).isEqualTo(evidence);
        assertThat(evidence).hasToString("Evidence[UNIT X1, 0 dossiers]");
    }
}
