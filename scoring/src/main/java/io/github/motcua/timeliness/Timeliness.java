package io.github.motcua.timeliness;

/**
 * The class of a dossier in the processing report (Biểu 06): every dossier has exactly one at a
 * report date.
 *
 * <p>A resolved dossier is early, on time or late by comparing the day it ended with its due
 * date (TT 01/2018/TT-VPCP indicators 1 and 7: shorter, equal, longer). An unfinished dossier is
 * pending within or over its deadline at the report date. Refused, withdrawn and stopped dossiers
 * are counted in columns of their own.
 */
public enum Timeliness {
    /** Resolved before its due date (trước hạn). */
    EARLY,
    /** Resolved on its due date (đúng hạn). */
    ON_TIME,
    /** Resolved after its due date (quá hạn). */
    LATE,
    /** Unfinished at the report date, which is not after its due date (đang giải quyết trong hạn). */
    PENDING_WITHIN,
    /** Unfinished at the report date, which is after its due date (đang giải quyết quá hạn). */
    PENDING_OVERDUE,
    /** Refused, with reasons (từ chối giải quyết). */
    REFUSED,
    /** Withdrawn by the applicant (rút hồ sơ). */
    WITHDRAWN,
    /** Processing stopped (dừng giải quyết). */
    STOPPED;

    /**
     * Tells whether the class counts as resolved in Biểu 06 column (7): early, on time or late.
     *
     * @return true for {@link #EARLY}, {@link #ON_TIME} and {@link #LATE}
     */
    public boolean isResolved() {
        return this == EARLY || this == ON_TIME || this == LATE;
    }

    /**
     * Tells whether the class counts as pending in Biểu 06 column (11).
     *
     * @return true for {@link #PENDING_WITHIN} and {@link #PENDING_OVERDUE}
     */
    public boolean isPending() {
        return this == PENDING_WITHIN || this == PENDING_OVERDUE;
    }
}
