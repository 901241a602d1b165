package io.github.motcua.evidence;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A part of a whole, such as dossiers digitised of dossiers received: a measure the national
 * portal reports and an index's indicator reads.
 *
 * @param part the part
 * @param whole the whole, zero when there is nothing to measure
 */
public record Share(long part, long whole) {
    /**
     * Checks the counts.
     *
     * @param part the part
     * @param whole the whole, zero when there is nothing to measure
     * @throws InvalidEvidenceException if a count is negative or the part exceeds the whole
     */
    public Share {
        InvalidEvidenceException.requireCount("part", part);
        InvalidEvidenceException.requireCount("whole", whole);
        InvalidEvidenceException.requireAtMost("part", part, "whole", whole);
    }

    /**
     * Returns the share in percent, exact to 10 decimals (rounded down).
     *
     * @return the percentage
     * @throws ArithmeticException if the whole is zero
     */
    public BigDecimal percent() {
        return BigDecimal.valueOf(part)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 10, RoundingMode.DOWN);
    }
}
