package io.github.motcua.rate;

import io.github.motcua.tally.Tally;

/**
 * The denominators published reports use (domain notes §4). "On time" means early and on time;
 * "resolved" means early, on time and late. Every report states which definition it used.
 */
public enum RateDefinition {
    /** (early + on time) / resolved; late / resolved. The default, and the founding report's. */
    ON_TIME_OVER_RESOLVED {
        @Override
        long onTimeNumerator(Tally tally, Figures figures) {
            return onTimeCount(tally, figures);
        }

        @Override
        long lateNumerator(Tally tally, Figures figures) {
            return lateCount(tally, figures);
        }

        @Override
        long denominator(Tally tally) {
            return tally.resolved();
        }
    },
    /** (early + on time) / (resolved + pending overdue); (late + pending overdue) over the same. */
    ON_TIME_OVER_DUE {
        @Override
        long onTimeNumerator(Tally tally, Figures figures) {
            return onTimeCount(tally, figures);
        }

        @Override
        long lateNumerator(Tally tally, Figures figures) {
            return lateCount(tally, figures) + tally.pendingOverdue();
        }

        @Override
        long denominator(Tally tally) {
            return tally.resolved() + tally.pendingOverdue();
        }
    },
    /** (early + on time) / received; late / received (NĐ 61/2018/NĐ-CP Điều 30). */
    ON_TIME_OVER_RECEIVED {
        @Override
        long onTimeNumerator(Tally tally, Figures figures) {
            return onTimeCount(tally, figures);
        }

        @Override
        long lateNumerator(Tally tally, Figures figures) {
            return lateCount(tally, figures);
        }

        @Override
        long denominator(Tally tally) {
            return tally.received();
        }
    },
    /**
     * (early + on time + pending within deadline) / received; (late + pending overdue) / received
     * (QĐ 766/QĐ-TTg indicator 2.1).
     */
    ON_TIME_WITH_PENDING_OVER_RECEIVED {
        @Override
        long onTimeNumerator(Tally tally, Figures figures) {
            return onTimeCount(tally, figures) + tally.pendingWithin();
        }

        @Override
        long lateNumerator(Tally tally, Figures figures) {
            return lateCount(tally, figures) + tally.pendingOverdue();
        }

        @Override
        long denominator(Tally tally) {
            return tally.received();
        }
    };

    abstract long onTimeNumerator(Tally tally, Figures figures);

    abstract long lateNumerator(Tally tally, Figures figures);

    abstract long denominator(Tally tally);

    /**
     * Returns the on-time share of a tally under this definition.
     *
     * @param tally the tally
     * @param figures official or adjusted figures
     * @return the rate
     */
    public Rate onTime(Tally tally, Figures figures) {
        return new Rate(onTimeNumerator(tally, figures), denominator(tally), this, figures);
    }

    /**
     * Returns the late share of a tally under this definition.
     *
     * @param tally the tally
     * @param figures official or adjusted figures
     * @return the rate
     */
    public Rate late(Tally tally, Figures figures) {
        return new Rate(lateNumerator(tally, figures), denominator(tally), this, figures);
    }

    private static long onTimeCount(Tally tally, Figures figures) {
        return tally.early() + (figures == Figures.OFFICIAL ? tally.onTime() : tally.onTimeAdjusted());
    }

    private static long lateCount(Tally tally, Figures figures) {
        return figures == Figures.OFFICIAL ? tally.late() : tally.lateAdjusted();
    }
}
