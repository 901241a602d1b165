package io.github.motcua.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.motcua.evidence.DossierEvidence;
import io.github.motcua.evidence.Evidence;
import io.github.motcua.scoring.CriterionScore;
import io.github.motcua.scoring.ScoringScheme;
import io.github.motcua.scoring.qd766.IndexTable;
import io.github.motcua.scoring.qd766.Qd766Index;
import io.github.motcua.timeliness.Timeliness;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The two readings of the QĐ 766 satisfaction indicator, each against a direct count: 100% less the
 * overdue share less the complaint share (a dossier both overdue and complained about subtracted
 * twice), and the share neither overdue nor complained about.
 */
class SatisfactionProperties {
    private static final ScoringScheme BOTH = both();

    private static ScoringScheme both() {
        String table = "group\tgroup_title\tgroup_max\tid\ttitle_vi\ttitle_en\tmax\tformula\tmeasure"
                + "\ttarget_percent\tsource\tstatus\n"
                + "1\tA\t50\ts.1\tMột\tOne\t50\tSATISFACTION\t\t100\tQĐ\tVERIFIED\n"
                + "2\tB\t50\ts.2\tHai\tTwo\t50\tSATISFACTION_NEITHER\t\t100\tQĐ\tVERIFIED\n";
        try {
            return Qd766Index.scheme(IndexTable.parse(new StringReader(table), "both.tsv"), "both", "1");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<Evidence> evidence() {
        return MotcuaArbitraries.evidence();
    }

    private static boolean overdue(DossierEvidence dossier) {
        return dossier.timeliness() == Timeliness.LATE || dossier.timeliness() == Timeliness.PENDING_OVERDUE;
    }

    private static long part(ScoringScheme scheme, Evidence evidence, String indicator) {
        CriterionScore score = scheme.score(evidence).criteria().stream()
                .filter(criterion -> criterion.criterionId().equals(indicator))
                .findFirst()
                .orElseThrow();
        return score.explanation().counts().getOrDefault("part", 0L);
    }

    @Property
    void theDefaultSubtractsTheOverdueAndTheComplainedSharesEachInFull(@ForAll("evidence") Evidence evidence) {
        List<DossierEvidence> dossiers = evidence.dossiers();
        long overdue = dossiers.stream().filter(SatisfactionProperties::overdue).count();
        long complained = dossiers.stream()
                .filter(dossier -> dossier.verifiedComplaints() > 0)
                .count();

        assertThat(part(BOTH, evidence, "s.1")).isEqualTo(Math.max(0, dossiers.size() - overdue - complained));
    }

    @Property
    void theNeitherVariantCountsTheDossiersNeitherOverdueNorComplainedAbout(@ForAll("evidence") Evidence evidence) {
        long neither = evidence.dossiers().stream()
                .filter(dossier -> !overdue(dossier) && dossier.verifiedComplaints() == 0)
                .count();

        assertThat(part(BOTH, evidence, "s.2")).isEqualTo(neither);
        assertThat(part(BOTH, evidence, "s.2")).isGreaterThanOrEqualTo(part(BOTH, evidence, "s.1"));
    }
}
