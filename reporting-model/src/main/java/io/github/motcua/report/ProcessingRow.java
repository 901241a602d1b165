package io.github.motcua.report;

import io.github.motcua.rate.Figures;
import io.github.motcua.rate.RateDefinition;
import io.github.motcua.rate.Rounding;
import io.github.motcua.tally.Tally;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the processing report (Biểu 06/VPCP/KSTT): the counts of one field, unit, level or
 * channel, and its on-time rate in the official and the adjusted figures. Its identities are
 * checked when it is built: (3) = (4) + (5) + (6); (7) = (8) + (9) + (10); (11) = (12) + (13);
 * received = resolved + pending + withdrawn + refused + stopped; late = excused + late adjusted.
 *
 * @param key the row's key, such as a field code, a unit code or {@code DISTRICT}
 * @param label the row's label, such as {@code Cấp huyện}
 * @param received (3) received in all
 * @param newOnline (4) new, online
 * @param newDirectOrPostal (5) new, at the desk or by post
 * @param carriedOver (6) carried over from the previous period
 * @param resolved (7) resolved
 * @param early (8) resolved early
 * @param onTime (9) resolved on time
 * @param late (10) resolved late
 * @param lateExcused of the late, those excused (on time in the adjusted figures)
 * @param lateAdjusted of the late, those not excused
 * @param pending (11) pending at the period's end
 * @param pendingWithin (12) pending within the deadline
 * @param pendingOverdue (13) pending over the deadline
 * @param withdrawn withdrawn by the applicant
 * @param refused refused
 * @param stopped stopped
 * @param onTimePercentOfficial the on-time rate in the official figures, or empty without data
 * @param onTimePercentAdjusted the on-time rate in the adjusted figures, or empty without data
 */
public record ProcessingRow(
        String key,
        String label,
        long received,
        long newOnline,
        long newDirectOrPostal,
        long carriedOver,
        long resolved,
        long early,
        long onTime,
        long late,
        long lateExcused,
        long lateAdjusted,
        long pending,
        long pendingWithin,
        long pendingOverdue,
        long withdrawn,
        long refused,
        long stopped,
        Optional<BigDecimal> onTimePercentOfficial,
        Optional<BigDecimal> onTimePercentAdjusted) {
    /**
     * Checks the identities.
     *
     * @param key the row's key, such as a field code, a unit code or {@code DISTRICT}
     * @param label the row's label, such as {@code Cấp huyện}
     * @param received (3) received in all
     * @param newOnline (4) new, online
     * @param newDirectOrPostal (5) new, at the desk or by post
     * @param carriedOver (6) carried over from the previous period
     * @param resolved (7) resolved
     * @param early (8) resolved early
     * @param onTime (9) resolved on time
     * @param late (10) resolved late
     * @param lateExcused of the late, those excused (on time in the adjusted figures)
     * @param lateAdjusted of the late, those not excused
     * @param pending (11) pending at the period's end
     * @param pendingWithin (12) pending within the deadline
     * @param pendingOverdue (13) pending over the deadline
     * @param withdrawn withdrawn by the applicant
     * @param refused refused
     * @param stopped stopped
     * @param onTimePercentOfficial the on-time rate in the official figures, or empty without data
     * @param onTimePercentAdjusted the on-time rate in the adjusted figures, or empty without data
     * @throws ReportIdentityException if a count is negative or an identity does not hold
     */
    public ProcessingRow {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(onTimePercentOfficial, "onTimePercentOfficial");
        Objects.requireNonNull(onTimePercentAdjusted, "onTimePercentAdjusted");
        for (long count : new long[] {
            received,
            newOnline,
            newDirectOrPostal,
            carriedOver,
            resolved,
            early,
            onTime,
            late,
            lateExcused,
            lateAdjusted,
            pending,
            pendingWithin,
            pendingOverdue,
            withdrawn,
            refused,
            stopped
        }) {
            if (count < 0) {
                throw new ReportIdentityException("row '" + label + "': counts must not be negative: " + count);
            }
        }
        ReportIdentityException.require(
                label, "(3) = (4) + (5) + (6)", received, newOnline + newDirectOrPostal + carriedOver);
        ReportIdentityException.require(label, "(7) = (8) + (9) + (10)", resolved, early + onTime + late);
        ReportIdentityException.require(label, "(11) = (12) + (13)", pending, pendingWithin + pendingOverdue);
        ReportIdentityException.require(
                label,
                "received = resolved + pending + withdrawn + refused + stopped",
                received,
                resolved + pending + withdrawn + refused + stopped);
        ReportIdentityException.require(label, "late = excused + late adjusted", late, lateExcused + lateAdjusted);
    }

    /**
     * Obtains a row from a tally.
     *
     * @param key the row's key
     * @param label the row's label
     * @param tally the counts
     * @param rate the rate definition
     * @param rounding the rounding of the rates
     * @return the row
     */
    public static ProcessingRow of(String key, String label, Tally tally, RateDefinition rate, Rounding rounding) {
        return new ProcessingRow(
                key,
                label,
                tally.received(),
                tally.newOnline(),
                tally.newDirectOrPostal(),
                tally.carriedOver(),
                tally.resolved(),
                tally.early(),
                tally.onTime(),
                tally.late(),
                tally.lateExcused(),
                tally.lateAdjusted(),
                tally.pending(),
                tally.pendingWithin(),
                tally.pendingOverdue(),
                tally.withdrawn(),
                tally.refused(),
                tally.stopped(),
                rate.onTime(tally, Figures.OFFICIAL).percent(rounding),
                rate.onTime(tally, Figures.ADJUSTED).percent(rounding));
    }
}
