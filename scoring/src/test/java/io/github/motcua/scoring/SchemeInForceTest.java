package io.github.motcua.scoring;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.motcua.period.ReportingPeriod;
import io.github.motcua.scoring.qd766.Qd766Index;
import org.junit.jupiter.api.Test;

/** Scoring a period outside a scheme's effective dates is an error that names both. */
class SchemeInForceTest {
    @Test
    void aWindowThatStartsBeforeTheSchemeIsRefused() {
        ScoringScheme index = Qd766Index.scheme();

        assertThatThrownBy(() -> index.requireInForce(ReportingPeriod.year(2022).dates()))
                .isInstanceOf(SchemeNotInForceException.class)
                .hasMessageStartingWith("scheme '" + index.id() + "' is in force from 2022-06-23")
                .hasMessageContaining("the period's window 2021-12-15 to 2022-12-14 reaches outside it");
        assertThatCode(() -> index.requireInForce(ReportingPeriod.year(2023).dates()))
                .doesNotThrowAnyException();
    }

    @Test
    void aWindowThatEndsAfterTheSchemeIsRefused() {
        ScoringScheme ended = ScoringScheme.builder(Qd766Index.scheme())
                .id("ended")
                .effectiveUntil(java.time.LocalDate.of(2025, 9, 14))
                .build();

        assertThatThrownBy(() -> ended.requireInForce(ReportingPeriod.year(2025).dates()))
                .isInstanceOf(SchemeNotInForceException.class)
                .hasMessageContaining("in force from 2022-06-23 to 2025-09-14");
    }
}
