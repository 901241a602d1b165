package io.github.motcua.rate;

import io.github.motcua.tally.Tally;
import java.util.function.ToLongFunction;

/**
 * The denominators published reports use (domain notes §4). "On time" means early and on time;
 * "resolved" means early, on time and late. Every report states which definition it used.
 */
public enum RateDefinition {
    /** (early + on time) / resolved; late / resolved. The default, and the founding report's. */
    ON_TIME_OVER_RESOLVED(false, false, Tally::resolved),
    /** (early + on time) / (resolved + pending overdue); (late + pending overdue) over the same. */
    ON_TIME_OVER_DUE(false, true, tally -> tally.resolved() + tally.pendingOverdue()),
    /** (early + on time) / received; late / received (NĐ 61/2018/NĐ-CP Điều 30). */
    ON_TIME_OVER_RECEIVED(false, false, Tally::received),
    /**
     * (early + on time + pending within deadline) / received; (late + pending overdue) / received
     * (QĐ 766/QĐ-TTg indicator 2.1).
     */
    ON_TIME_WITH_PENDING_OVER_RECEIVED(true, true, Tally::received);

    private final boolean onTimeCountsPendingWithin;
    private final boolean lateCountsPendingOverdue;
    private final ToLongFunction<Tally> denominator;

    RateDefinition(
            boolean onTimeCountsPendingWithin, boolean lateCountsPendingOverdue, ToLongFunction<Tally> denominator) {
        this.onTimeCountsPendingWithin = onTimeCountsPendingWithin;
        this.lateCountsPendingOverdue = lateCountsPendingOverdue;
        this.denominator = denominator;
    }

    /**
     * Returns the on-time share of a tally under this definition.
     *
     * @param tally the tally
     * @param figures official or adjusted figures
     * @return the rate
     */
    public Rate onTime(Tally tally, Figures figures) {
        long onTime = tally.early() + (figures == Figures.OFFICIAL ? tally.onTime() : tally.onTimeAdjusted());
        return new Rate(
                onTime + (onTimeCountsPendingWithin ? tally.pendingWithin() : 0),
                denominator.applyAsLong(tally),
                this,
                figures);
    }

    /**
     * Returns the late share of a tally under this definition.
     *
     * @param tally the tally
     * @param figures official or adjusted figures
     * @return the rate
     */
    public Rate late(Tally tally, Figures figures) {
        long late = figures == Figures.OFFICIAL ? tally.late() : tally.lateAdjusted();
        return new Rate(
                late + (lateCountsPendingOverdue ? tally.pendingOverdue() : 0),
                denominator.applyAsLong(tally),
                this,
                figures);
    }
}
