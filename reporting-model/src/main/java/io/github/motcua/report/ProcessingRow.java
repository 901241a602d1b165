package io.github.motcua.report;

import io.github.motcua.rate.Figures;
import io.github.motcua.rate.RateDefinition;
import io.github.motcua.rate.Rounding;
import io.github.motcua.tally.ReportColumn;
import io.github.motcua.tally.ReportCounts;
import io.github.motcua.tally.Tally;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the processing report (Biểu 06/VPCP/KSTT): the counts of one field, unit, level or
 * channel, one count per {@link ReportColumn} in the columns' order, and its on-time rate in the
 * official and the adjusted figures. The report's identities ({@link ReportColumn#identities()})
 * are checked when it is built: (3) = (4) + (5) + (6); (7) = (8) + (9) + (10); (11) = (12) + (13);
 * received = resolved + pending + withdrawn + refused + stopped; late = lateExcused + lateAdjusted.
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
        Optional<BigDecimal> onTimePercentAdjusted)
        implements ReportCounts {
    /**
     * Checks that no count is negative and that the report's identities ({@link
     * ReportColumn#identities()}) hold.
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
    public ProcessingRow(
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
        this.key = Objects.requireNonNull(key, "key");
        this.label = Objects.requireNonNull(label, "label");
        this.received = received;
        this.newOnline = newOnline;
        this.newDirectOrPostal = newDirectOrPostal;
        this.carriedOver = carriedOver;
        this.resolved = resolved;
        this.early = early;
        this.onTime = onTime;
        this.late = late;
        this.lateExcused = lateExcused;
        this.lateAdjusted = lateAdjusted;
        this.pending = pending;
        this.pendingWithin = pendingWithin;
        this.pendingOverdue = pendingOverdue;
        this.withdrawn = withdrawn;
        this.refused = refused;
        this.stopped = stopped;
        this.onTimePercentOfficial = Objects.requireNonNull(onTimePercentOfficial, "onTimePercentOfficial");
        this.onTimePercentAdjusted = Objects.requireNonNull(onTimePercentAdjusted, "onTimePercentAdjusted");
        for (ReportColumn column : ReportColumn.values()) {
            if (column.count(this) < 0) {
                throw new ReportIdentityException(
                        "row '" + label + "': " + column.key() + " must not be negative: " + column.count(this));
            }
        }
        for (ReportColumn.Identity identity : ReportColumn.identities()) {
            ReportIdentityException.require(
                    label, identity.toString(), identity.total().count(this), identity.sumOfParts(this));
        }
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
        Objects.requireNonNull(rounding, "rounding");
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
