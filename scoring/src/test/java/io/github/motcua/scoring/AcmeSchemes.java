package io.github.motcua.scoring;

import java.time.LocalDate;
import java.util.List;

/** A user's own provider, registered in this module's test resources for {@link java.util.ServiceLoader}. */
public final class AcmeSchemes implements SchemeProvider {
    static final Band CLEAN = new Band("CLEAN", "Không có phản ánh", "Clean");
    static final Band FLAGGED = new Band("FLAGGED", "Có phản ánh", "Flagged");

    /** Creates the provider. */
    public AcmeSchemes() {}

    @Override
    public List<ScoringScheme> schemes() {
        return List.of(ScoringScheme.builder()
                .id("acme-complaints")
                .version("1")
                .effectiveFrom(LocalDate.of(2024, 1, 1))
                .legalSource("Quy chế nội bộ ACME, Điều 1")
                .criteria(List.of(new NoVerifiedComplaint()))
                .bands(Bands.builder().atLeast("1", CLEAN).otherwise(FLAGGED))
                .build());
    }
}
