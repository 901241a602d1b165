package io.github.motcua.rate;

import java.util.function.ToLongFunction;

/**
 * The denominators published reports use (docs/rules.md §4). "On time" means early and on time;
 * "resolved" means early, on time and late. Every report states which definition it used.
 */
public enum RateDefinition {
    /** (early + on time) / resolved; late / resolved. The default, and the founding report's. */
    ON_TIME_OVER_RESOLVED(false, false, RateBasis::resolved),
    /** (early + on time) / (resolved + pending overdue); (late + pending overdue) over the same. */
    ON_TIME_OVER_DUE(false, true, counts -> counts.resolved() + counts.pendingOverdue()),
    /** (early + on time) / received; late / received (NĐ 61/2018/NĐ-CP Điều 30). */
    ON_TIME_OVER_RECEIVED(false, false, RateBasis::received),
    /**
     * (early + on time + pending within deadline) / received; (late + pending overdue) / received
     * (QĐ 766/QĐ-TTg indicator 2.1).
     */
    ON_TIME_WITH_PENDING_OVER_RECEIVED(true, true, RateBasis::received);

    private final boolean onTimeCountsPendingWithin;
    private final boolean lateCountsPendingOverdue;
    private final ToLongFunction<RateBasis> denominator;

    RateDefinition(
            boolean onTimeCountsPendingWithin,
            boolean lateCountsPendingOverdue,
            ToLongFunction<RateBasis> denominator) {
        this.onTimeCountsPendingWithin = onTimeCountsPendingWithin;
        this.lateCountsPendingOverdue = lateCountsPendingOverdue;
        this.denominator = denominator;
    }

    /**
     * Returns the on-time share of some counts under this definition.
     *
     * @param counts the counts, such as a tally
     * @param figures official or adjusted figures
     * @return the rate
     */
    public Rate onTime(RateBasis counts, Figures figures) {
        long onTime = counts.early()
                + (figures == Figures.OFFICIAL ? counts.onTime() : counts.onTime() + counts.lateExcused());
        return new Rate(
                onTime + (onTimeCountsPendingWithin ? counts.pendingWithin() : 0),
                denominator.applyAsLong(counts),
                this,
                figures);
    }

    /**
     * Returns the late share of some counts under this definition.
     *
     * @param counts the counts, such as a tally
     * @param figures official or adjusted figures
     * @return the rate
     */
    public Rate late(RateBasis counts, Figures figures) {
        long late = figures == Figures.OFFICIAL ? counts.late() : counts.late() - counts.lateExcused();
        return new Rate(
                late + (lateCountsPendingOverdue ? counts.pendingOverdue() : 0),
                denominator.applyAsLong(counts),
                this,
                figures);
    }
}
