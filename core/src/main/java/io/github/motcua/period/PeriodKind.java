package io.github.motcua.period;

/** How long a reporting period is. */
public enum PeriodKind {
    /** A month (báo cáo tháng), numbered 1 to 12. */
    MONTH(1, 12),
    /** A quarter (báo cáo quý), numbered 1 to 4. */
    QUARTER(3, 4),
    /** A half-year (báo cáo 6 tháng), numbered 1 or 2. */
    HALF_YEAR(6, 2),
    /** The first nine months of a year (báo cáo 9 tháng), numbered 1. */
    NINE_MONTHS(9, 1),
    /** A year (báo cáo năm), numbered 1. */
    YEAR(12, 1);

    private final int months;
    private final int perYear;

    PeriodKind(int months, int perYear) {
        this.months = months;
        this.perYear = perYear;
    }

    /**
     * Returns the number of months the period spans.
     *
     * @return 1, 3, 6, 9 or 12
     */
    public int months() {
        return months;
    }

    /**
     * Returns how many periods of this kind a year has; they are numbered from 1.
     *
     * @return 12, 4, 2, 1 or 1
     */
    public int perYear() {
        return perYear;
    }
}
