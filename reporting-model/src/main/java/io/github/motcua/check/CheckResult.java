package io.github.motcua.check;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the checker found in one published report.
 *
 * @param id what the figures are
 * @param failedIdentities the identities that could be checked and fail; empty when all hold
 * @param onTime the stated on-time rate and what reproduces it, or empty when none was stated
 * @param late the stated late share and what reproduces it, or empty when none was stated
 */
public record CheckResult(
        String id, List<FailedIdentity> failedIdentities, Optional<RateCheck> onTime, Optional<RateCheck> late) {
    /**
     * Checks that every component is present and keeps copies of the lists.
     *
     * @param id what the figures are
     * @param failedIdentities the identities that could be checked and fail; empty when all hold
     * @param onTime the stated on-time rate and what reproduces it, or empty when none was stated
     * @param late the stated late share and what reproduces it, or empty when none was stated
     * @throws NullPointerException if a component is null
     */
    public CheckResult {
        Objects.requireNonNull(id, "id");
        failedIdentities = List.copyOf(failedIdentities);
        Objects.requireNonNull(onTime, "onTime");
        Objects.requireNonNull(late, "late");
    }
}
