package io.github.motcua.check;

import io.github.motcua.tally.ReportColumn;
import java.util.Arrays;
import java.util.Optional;

/**
 * A count a published processing report may state, with its column name in the check file and the
 * report column it is; every report column but {@link ReportColumn#LATE_ADJUSTED} is one.
 */
public enum Quantity {
    /** Received in all: Biểu 06 column (3). */
    RECEIVED("received", ReportColumn.RECEIVED),
    /** Carried over from the previous period: column (6). */
    CARRIED_OVER("carried_over", ReportColumn.CARRIED_OVER),
    /** New, online: column (4). */
    NEW_ONLINE("new_online", ReportColumn.NEW_ONLINE),
    /** New, at the desk or by post: column (5). */
    NEW_DIRECT_POSTAL("new_direct_postal", ReportColumn.NEW_DIRECT_OR_POSTAL),
    /** Resolved: column (7). */
    RESOLVED("resolved", ReportColumn.RESOLVED),
    /** Resolved early: column (8). */
    EARLY("early", ReportColumn.EARLY),
    /** Resolved on time: column (9); early and on time together when early is not stated. */
    ON_TIME("on_time", ReportColumn.ON_TIME),
    /** Resolved late: column (10). */
    LATE("late", ReportColumn.LATE),
    /** Late but excused, counted as on time in adjusted figures. */
    LATE_EXCUSED("late_excused", ReportColumn.LATE_EXCUSED),
    /** Withdrawn by the applicant. */
    WITHDRAWN("withdrawn", ReportColumn.WITHDRAWN),
    /** Refused. */
    REFUSED("refused", ReportColumn.REFUSED),
    /** Processing stopped (dừng giải quyết, TT 03/2025/TT-VPCP Mẫu 05). */
    STOPPED("stopped", ReportColumn.STOPPED),
    /** Pending at the end of the period: column (11). */
    PENDING("pending", ReportColumn.PENDING),
    /** Pending within the deadline: column (12). */
    PENDING_WITHIN("pending_in_time", ReportColumn.PENDING_WITHIN),
    /** Pending past the deadline: column (13). */
    PENDING_OVERDUE("pending_overdue", ReportColumn.PENDING_OVERDUE);

    private final String column;
    private final ReportColumn reportColumn;

    Quantity(String column, ReportColumn reportColumn) {
        this.column = column;
        this.reportColumn = reportColumn;
    }

    /** The quantity a report column is, or empty for a column a published report does not state. */
    static Optional<Quantity> of(ReportColumn reportColumn) {
        return Arrays.stream(values())
                .filter(quantity -> quantity.reportColumn == reportColumn)
                .findFirst();
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
