package io.github.motcua.check;

/** A count a published processing report may state, with its column name in the check file. */
public enum Quantity {
    /** Received in all: Biểu 06 column (3). */
    RECEIVED("received"),
    /** Carried over from the previous period: column (6). */
    CARRIED_OVER("carried_over"),
    /** New, online: column (4). */
    NEW_ONLINE("new_online"),
    /** New, at the desk or by post: column (5). */
    NEW_DIRECT_POSTAL("new_direct_postal"),
    /** Resolved: column (7). */
    RESOLVED("resolved"),
    /** Resolved early: column (8). */
    EARLY("early"),
    /** Resolved on time: column (9); early and on time together when early is not stated. */
    ON_TIME("on_time"),
    /** Resolved late: column (10). */
    LATE("late"),
    /** Late but excused, counted as on time in adjusted figures. */
    LATE_EXCUSED("late_excused"),
    /** Withdrawn by the applicant. */
    WITHDRAWN("withdrawn"),
    /** Refused. */
    REFUSED("refused"),
    /** Processing stopped (dừng giải quyết, TT 03/2025/TT-VPCP Mẫu 05). */
    STOPPED("stopped"),
    /** Pending at the end of the period: column (11). */
    PENDING("pending"),
    /** Pending within the deadline: column (12). */
    PENDING_WITHIN("pending_in_time"),
    /** Pending past the deadline: column (13). */
    PENDING_OVERDUE("pending_overdue");

    private final String column;

    Quantity(String column) {
        this.column = column;
    }

    /**
     * Returns the column name in the check file.
     *
     * @return the column name, such as {@code pending_in_time}
     */
    public String column() {
        return column;
    }
}
