package io.github.motcua.scoring;

import io.github.motcua.evidence.DossierEvidence;
import io.github.motcua.evidence.Evidence;
import java.math.BigDecimal;
import java.util.List;

/** A user's own criterion: one point when no dossier has a verified complaint. */
final class NoVerifiedComplaint implements Criterion {
    @Override
    public String id() {
        return "acme.complaints";
    }

    @Override
    public String titleVi() {
        return "Không có phản ánh được xác minh";
    }

    @Override
    public String titleEn() {
        return "No verified complaint";
    }

    @Override
    public BigDecimal maxPoints() {
        return BigDecimal.ONE;
    }

    @Override
    public CriterionLevel level() {
        return CriterionLevel.UNIT;
    }

    @Override
    public CriterionScore score(Evidence evidence) {
        List<String> complained = evidence.dossiers().stream()
                .filter(dossier -> dossier.verifiedComplaints() > 0)
                .map(DossierEvidence::dossierId)
                .sorted()
                .toList();
        return CriterionScore.of(
                this,
                complained.isEmpty() ? BigDecimal.ONE : BigDecimal.ZERO,
                Explanation.builder(complained.size() + " dossiers with a verified complaint")
                        .dossiers("with a verified complaint", complained)
                        .build());
    }
}
