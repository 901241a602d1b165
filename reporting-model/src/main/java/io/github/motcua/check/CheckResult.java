package io.github.motcua.check;

import java.util.List;
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
        String id, List<FailedIdentity> failedIdentities, Optional<RateCheck> onTime, Optional<RateCheck> late) {}
